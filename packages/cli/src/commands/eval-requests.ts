import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ForgeError } from '@forge/spec';

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
  if (
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    return requests;
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let record: { seed?: unknown; messages?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch (cause) {
      throw new ForgeError('FORGE_IO', 'not valid JSON', {
        location: `${path}:${lineNumber}`,
        cause,
      });
    }
    const user = Array.isArray(record.messages)
      ? (record.messages as { role?: unknown; content?: unknown }[]).find((m) => m?.role === 'user')
      : undefined;
    if (typeof record.seed === 'number' && typeof user?.content === 'string')
      requests.set(record.seed, user.content);
  }
  return requests;
}
