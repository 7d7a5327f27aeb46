import { join } from 'node:path';
import { parseJsonAt, readJsonlLines } from '@forge/spec';

/**
 * The narrated request of each eval record of a dataset (`DIR/eval.jsonl`),
 * by seed: what a model trained on that dataset was taught to read, so eval
 * asks it the same way instead of with the task's bare goal sentence. Only
 * the first user message of each record is kept. A dataset without
 * eval.jsonl gives an empty map (every seed then falls back to the goal).
 */
export async function readEvalRequests(dir: string): Promise<Map<number, string>> {
  const path = join(dir, 'eval.jsonl');
  const requests = new Map<number, string>();
  try {
    for await (const { text, number } of readJsonlLines(path)) {
      const record = parseJsonAt(text, `${path}:${number}`) as {
        seed?: unknown;
        messages?: unknown;
      };
      const user = Array.isArray(record.messages)
        ? (record.messages as { role?: unknown; content?: unknown }[]).find(
            (m) => m?.role === 'user',
          )
        : undefined;
      if (typeof record.seed === 'number' && typeof user?.content === 'string')
        requests.set(record.seed, user.content);
    }
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return requests;
    throw error;
  }
  return requests;
}
