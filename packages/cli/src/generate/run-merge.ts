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
import { readChatTemplateFile } from './chat-template-file.js';
import { configExporters, type EpisodeConfig } from './episode.js';
import type { EpisodeOutput } from './episode-output.js';
import { shardEpisodes } from './jobs.js';
import { leanExtra } from './options.js';
import type { Progress } from './progress.js';
import { catalogIdentity, templateSha256, writeManifest } from './run-generate.js';
import type { SeedPlan } from './seed-plan.js';
import { readShards, type ShardInfo } from './shard-folders.js';
import { shardEpisodesFile, shardInfoFile } from './shard-sink.js';
import { createSink, type SinkResult } from './sink.js';

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

/** How runMerge runs. */
export interface MergeOptions {
  /** The chat template the shards were made with, when they were. */
  readonly templatePath?: string;
  readonly signal?: AbortSignal;
  /** Makes the progress report once the episode total is known. */
  readonly progress?: (total: number) => Progress;
}

/**
 * `forge merge`: streams every shard's episodes, in shard order, through the
 * same sink a single run uses, so the merged dataset is byte-identical to
 * an unsharded run with the same arguments.
 */
export async function runMerge(
  dir: string,
  outDir: string,
  options: MergeOptions = {},
): Promise<SinkResult> {
  const { templatePath, signal } = options;
  const { shards, info } = await readShards(dir);
  let templateText: string | undefined;
  if (templatePath !== undefined) {
    const read = await readChatTemplateFile(templatePath);
    if (!read.success) throw read.error;
    templateText = read.value;
  }
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
  const total = shards.reduce((sum, shard) => sum + (shard.episodes ?? 0), 0);
  const progress = options.progress?.(total);
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
        progress?.advance(1);
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
    progress?.stop();
    await sink.abort();
    throw error;
  }
  progress?.finish();
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
