import { join } from 'node:path';
import { makeFolder } from '@forge/spec';
import { commitAll, openAtomicFile } from './atomic-file.js';
import type { EpisodeOutput } from './episode-output.js';

/** The file a shard writes its episode stream to. */
export const shardEpisodesFile = 'episodes.jsonl';
/** The file that says which shard of which run a folder holds. */
export const shardInfoFile = 'shard.json';

/**
 * A shard's output: the raw episode stream in seed order (accepted records
 * and rejects, before dedup), so `forge merge` can feed all shards through
 * the same sink a single run uses and get the same bytes.
 */
export async function createShardSink(dir: string) {
  const made = await makeFolder(dir);
  if (!made.success) throw made.error;
  const episodes = openAtomicFile(join(dir, shardEpisodesFile));
  let count = 0;
  return {
    async accept(output: EpisodeOutput): Promise<void> {
      count += 1;
      // An accepted line is `JSON.stringify({ accepted: record })`, built from
      // the canonical line (the same text, written as the bytes it came in)
      // rather than the record object.
      if (output.kind === 'accepted') {
        await episodes.writeLine('{"accepted":', output.canonical, '}');
        return;
      }
      await episodes.writeLine(
        JSON.stringify({
          rejected: {
            split: output.split,
            id: output.id,
            seed: output.seed,
            violations: output.violations,
            ...(output.record ? { record: output.record } : {}),
          },
        }),
      );
    },
    async finish(info: Record<string, unknown>): Promise<number> {
      const infoFile = openAtomicFile(join(dir, shardInfoFile));
      await infoFile.write(`${JSON.stringify({ ...info, episodes: count }, null, 2)}\n`);
      await commitAll([episodes, infoFile]);
      return count;
    },
    async abort(): Promise<void> {
      await episodes.abort();
    },
  };
}
