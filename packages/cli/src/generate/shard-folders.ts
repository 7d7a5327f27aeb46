import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ForgeError, type JsonValue, parseJsonAt, type Split } from '@forge/spec';
import { shardInfoFile } from './shard-sink.js';

/** What a shard's shard.json says about it. */
export interface ShardInfo {
  readonly args: Record<string, JsonValue>;
  /** The tools of a custom catalog; absent for the built-in toolkit. */
  readonly catalogTools?: JsonValue;
  readonly shard: { readonly index: number; readonly count: number };
  readonly seedRanges: Record<Split, { from: number; to: number }>;
  /** Episodes (lines) in the shard's episodes.jsonl. */
  readonly episodes?: number;
}

/** A shard folder, which shard it holds and the episode count its shard.json recorded. */
interface ShardFolder {
  readonly dir: string;
  readonly shard: { readonly index: number; readonly count: number };
  readonly episodes: number | undefined;
}

/** The name of a shard's folder, `shard-i-of-k` (see run-generate). */
export const shardFolderName = /^shard-(\d+)-of-(\d+)$/;

/** Missing shards listed past this many are counted, not named: one line stays short. */
const listedMissing = 10;

/**
 * The shards of `count` that `indices` (sorted, distinct, each below
 * `count`) lack, as `2, 3, 7, … (4997 in all)`, or undefined when none is
 * missing. It walks the gaps between the folders present, never the whole
 * count, which a folder name can make as large as it likes (listing every
 * index of shard-0-of-1000000000000 ran out of memory).
 */
function missingShards(indices: readonly number[], count: number): string | undefined {
  const present = new Set(indices);
  const total = count - present.size;
  if (total === 0) return undefined;
  const named: number[] = [];
  let next = 0;
  for (const i of [...present, count]) {
    for (; next < i && named.length < listedMissing; next += 1) named.push(next);
    if (named.length === listedMissing) break;
    next = i + 1;
  }
  return total > named.length ? `${named.join(', ')}, … (${total} in all)` : named.join(', ');
}

/** Finds the shard folders of a run, checks they are complete and from one run. */
export async function readShards(dir: string): Promise<{ shards: ShardFolder[]; info: ShardInfo }> {
  const entries = await readdir(dir).catch((cause: unknown) => {
    // Say which: a typo in DIR, a file given for a folder, or no permission.
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'ENOTDIR'
          ? 'not a folder'
          : `cannot read the folder (${code ?? 'error'})`;
    throw new ForgeError('FORGE_IO', `${why}: forge merge DIR takes the --out of the sharded run`, {
      location: dir,
      cause,
    });
  });
  const shards = entries
    .map((name) => ({ name, match: shardFolderName.exec(name) }))
    .filter((e) => e.match)
    .map((e) => ({ name: e.name, index: Number(e.match?.[1]), count: Number(e.match?.[2]) }))
    .sort((a, b) => a.index - b.index);
  if (shards.length === 0)
    throw new ForgeError('FORGE_USAGE', 'no shard-i-of-k folders here', { location: dir });
  const counts = [...new Set(shards.map((s) => s.count))].sort((a, b) => a - b);
  if (counts.length > 1)
    throw new ForgeError(
      'FORGE_USAGE',
      `shard folders of runs split ${counts.join(' and ')} ways: keep one run's shard-i-of-k folders`,
      { location: dir },
    );
  const count = counts[0] ?? 0;
  // Sorted by index: a second folder for one shard (shard-01-of-3) would merge it twice.
  const stray = shards.find((s, i) => s.index >= count || shards[i - 1]?.index === s.index);
  if (stray)
    throw new ForgeError(
      'FORGE_USAGE',
      stray.index >= count
        ? `${stray.name} is not one of ${count} shards`
        : `two folders hold shard ${stray.index} of ${count}`,
      { location: join(dir, stray.name) },
    );
  const missing = missingShards(
    shards.map((s) => s.index),
    count,
  );
  if (missing !== undefined)
    throw new ForgeError('FORGE_USAGE', `incomplete shards of ${count}: missing ${missing}`, {
      location: dir,
    });
  let first: ShardInfo | undefined;
  const folders: ShardFolder[] = [];
  for (const s of shards) {
    const path = join(dir, s.name, shardInfoFile);
    const text = await readFile(path, 'utf8').catch((cause: unknown) => {
      throw new ForgeError('FORGE_IO', 'shard is not finished (no shard.json)', {
        location: path,
        cause,
      });
    });
    const info = parseJsonAt(text, path) as ShardInfo;
    // A copied or renamed folder would merge one shard twice and another never.
    if (info.shard?.index !== s.index || info.shard?.count !== s.count)
      throw new ForgeError(
        'FORGE_USAGE',
        `this folder holds ${info.shard ? `shard ${info.shard.index}/${info.shard.count}` : 'no shard'} by its shard.json, not ${s.index}/${s.count} (copied or renamed?)`,
        { location: path },
      );
    folders.push({ dir: join(dir, s.name), shard: info.shard, episodes: info.episodes });
    if (!first) first = info;
    else if (JSON.stringify(info.args) !== JSON.stringify(first.args)) {
      throw new ForgeError('FORGE_USAGE', 'shards come from runs with different arguments', {
        location: path,
      });
    }
  }
  return { shards: folders, info: first as ShardInfo };
}
