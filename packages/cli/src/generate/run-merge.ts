import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentKey, createStatsFeatures } from '@forge/export';
import {
  type Catalog,
  defaultCatalog,
  ForgeError,
  type JsonValue,
  type NumberedLine,
  parseCatalog,
  parseJsonAt,
  readJsonlLines,
  type Split,
  type TrajectoryRecord,
  type Violation,
} from '@forge/spec';
import { configExporters, type EpisodeConfig } from './episode.js';
import type { EpisodeOutput } from './episode-output.js';
import { shardEpisodes } from './jobs.js';
import { leanExtra } from './options.js';
import { catalogIdentity, templateSha256, writeManifest } from './run-generate.js';
import type { SeedPlan } from './seed-plan.js';
import { shardEpisodesFile, shardInfoFile } from './shard-sink.js';
import { createSink, type SinkResult } from './sink.js';

interface ShardInfo {
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

/** Finds the shard folders of a run, checks they are complete and from one run. */
async function readShards(dir: string): Promise<{ shards: ShardFolder[]; info: ShardInfo }> {
  const entries = await readdir(dir).catch((cause: unknown) => {
    throw new ForgeError('FORGE_IO', 'cannot read the folder', { location: dir, cause });
  });
  const shards = entries
    .map((name) => ({ name, match: /^shard-(\d+)-of-(\d+)$/.exec(name) }))
    .filter((e) => e.match)
    .map((e) => ({ name: e.name, index: Number(e.match?.[1]), count: Number(e.match?.[2]) }))
    .sort((a, b) => a.index - b.index);
  if (shards.length === 0)
    throw new ForgeError('FORGE_USAGE', 'no shard-i-of-k folders here', { location: dir });
  const count = shards[0]?.count ?? 0;
  const missing = Array.from({ length: count }, (_, i) => i).filter(
    (i) => !shards.some((s) => s.index === i && s.count === count),
  );
  if (missing.length > 0 || shards.length !== count) {
    throw new ForgeError(
      'FORGE_USAGE',
      `incomplete or mixed shards: expected shard-0..${count - 1}-of-${count}${missing.length ? `, missing ${missing.join(', ')}` : ''}`,
      { location: dir },
    );
  }
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

function configFromArgs(
  args: Record<string, JsonValue>,
  templateText: string | undefined,
): EpisodeConfig {
  return {
    systemPrompt: args.systemPrompt as 'full' | 'compact',
    offered: args.offered as number,
    lean: args.lean as boolean,
    leanExtra,
    injections: args.injections as 'seeded' | 'none',
    maxSteps: args.maxSteps as number,
    heldOutPacks: args.heldOutPacks as boolean,
    formats: args.format as string[],
    perTurn: args.perTurn as boolean,
    dpo: args.dpo === true,
    ...(templateText === undefined ? {} : { templateText }),
  };
}

/**
 * A shard's episode lines. readJsonlLines rejects with Node's bare error
 * when the file cannot be read (gone, a folder, no permission), which
 * would end merge as an internal error with a stack instead of one line.
 */
async function* shardLines(file: string): AsyncGenerator<NumberedLine> {
  try {
    yield* readJsonlLines(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? 'error';
    throw new ForgeError('FORGE_IO', `cannot read the shard's episodes (${code})`, {
      location: file,
      cause,
    });
  }
}

/** The catalog the shards were made with, as shard.json carries it. */
function shardCatalog(info: ShardInfo, dir: string): Catalog {
  if (info.catalogTools === undefined) return defaultCatalog();
  const parsed = parseCatalog(JSON.stringify(info.catalogTools), join(dir, shardInfoFile));
  if (!parsed.success) throw parsed.error;
  return parsed.value;
}

/**
 * `forge merge`: streams every shard's episodes, in shard order, through the
 * same sink a single run uses, so the merged dataset is byte-identical to
 * an unsharded run with the same arguments.
 */
export async function runMerge(
  dir: string,
  outDir: string,
  templatePath?: string,
  signal?: AbortSignal,
): Promise<SinkResult> {
  const { shards, info } = await readShards(dir);
  const templateText =
    templatePath === undefined
      ? undefined
      : await readFile(templatePath, 'utf8').catch((cause: unknown) => {
          throw new ForgeError('FORGE_IO', 'cannot read the chat template', {
            location: templatePath,
            cause,
          });
        });
  const made = info.args.template ?? null;
  const given = templateText === undefined ? null : templateSha256(templateText);
  if (given !== made)
    throw new ForgeError(
      'FORGE_USAGE',
      made === null
        ? 'the shards were made without --template; merge them without it'
        : given === null
          ? 'the shards were made with --template: pass the same file to forge merge --template'
          : `this template is not the one the shards were made with (sha256 ${String(made).slice(0, 12)}…)`,
      { location: templatePath ?? dir },
    );
  const config = configFromArgs(info.args, templateText);
  const plan = Object.fromEntries(
    Object.entries(info.seedRanges).map(([s, r]) => [s, { start: r.from, end: r.to }]),
  ) as unknown as SeedPlan;
  const catalog = shardCatalog(info, dir);
  const statsFeatures = createStatsFeatures();
  const sink = await createSink({
    outDir,
    exporters: configExporters(config),
    catalog,
    contextLimit: info.args.contextLimit as number,
    samples: info.args.samples as number,
    expected: (info.args.n as number) + (info.args.eval as number),
  });
  try {
    for (const shard of shards) {
      const file = join(shard.dir, shardEpisodesFile);

      // The seeds the shard was planned to hold, in order: a line from
      // elsewhere (another shard's file) is refused, not merged out of place.
      const planned = shardEpisodes(plan, shard.shard);
      let count = 0;
      for await (const { text, number: lineNumber } of shardLines(file)) {
        signal?.throwIfAborted();
        count += 1;
        const entry = parseJsonAt(text, `${file}:${lineNumber}`) as {
          accepted?: TrajectoryRecord;
          rejected?: {
            split: Split;
            id: string;
            seed: number;
            violations: Violation[];
            record?: TrajectoryRecord;
          };
        };
        let output: EpisodeOutput;
        if (entry.accepted) {
          const record = entry.accepted;
          output = {
            kind: 'accepted',
            split: record.split,
            id: record.id,
            seed: record.seed,
            record,
            canonical: JSON.stringify(record),
            features: statsFeatures(record),
            key: contentKey(record),
          };
        } else if (entry.rejected) {
          output = { kind: 'rejected', ...entry.rejected };
        } else {
          throw new ForgeError('FORGE_IO', 'unreadable shard line', {
            location: `${file}:${lineNumber}`,
          });
        }
        const next = planned.next();
        // Past the plan, the count check below says what is wrong.
        if (!next.done && (output.seed !== next.value.seed || output.split !== next.value.split))
          throw new ForgeError(
            'FORGE_USAGE',
            `holds the ${output.split} episode of seed ${output.seed}, but shard ${shard.shard.index}/${shard.shard.count} of this run has the ${next.value.split} seed ${next.value.seed} here`,
            { location: `${file}:${lineNumber}` },
          );
        await sink.accept(output);
      }
      // A shard edited, cut short or concatenated twice since it was made
      // would merge into a dataset its manifest misdescribes.
      if (count !== shard.episodes)
        throw new ForgeError(
          'FORGE_USAGE',
          `the shard holds ${count} episodes but its shard.json says ${shard.episodes}`,
          { location: file },
        );
    }
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const result = await sink.finish();
  await writeManifest(
    outDir,
    info.args,
    plan,
    result,
    catalogIdentity(catalog, info.catalogTools === undefined),
  );
  return result;
}
