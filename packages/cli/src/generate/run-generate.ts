import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  type CatalogIdentity,
  createManifest,
  type FileEntry,
  type Manifest,
  type SeedRange,
} from '@forge/export';
import { defaultFamilies, noFamilyServedText, servedFamilies, unservedText } from '@forge/gym';
import {
  type Catalog,
  defaultCatalog,
  ForgeError,
  type JsonValue,
  loadCatalogFile,
  splits,
} from '@forge/spec';
import { openAtomicFile } from './atomic-file.js';
import { readChatTemplateFile } from './chat-template-file.js';
import { configExporters, createEpisodeMaker, type EpisodeConfig, runJob } from './episode.js';
import type { EpisodeOutput } from './episode-output.js';
import { countEpisodes, type Job, planJobs } from './jobs.js';
import { type GenerateOptions, leanExtra } from './options.js';
import { runOrdered } from './ordered-pool.js';
import { manifestFile } from './previous-run.js';
import { createProgress, type Progress } from './progress.js';
import { planSeeds, type SeedPlan } from './seed-plan.js';
import { createShardSink } from './shard-sink.js';
import { createSink, type SinkResult } from './sink.js';
import { forgeVersions } from './versions.js';

/**
 * Heap limits of each generate worker. A worker's live heap is about 25 MB
 * (the gym's caches and one episode) and does not grow with --n, but V8
 * sizes an unlimited heap by allocation rate and lets it reach ~150 MB of
 * mostly garbage; these limits keep it near what it uses (a 10k run's peak
 * RSS fell from 235 MB to 209 MB) with room to spare, and
 * a worker that still runs out fails the run with a clear error.
 */
const workerHeap = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } as const;

/** Where progress and the closing summary go. */
export interface RunIo {
  readonly progress: (text: string) => void;
  /** A one-line notice about the run (no newline), such as families the catalog cannot serve. */
  readonly notice?: (text: string) => void;
  readonly isTTY: boolean;
  readonly signal?: AbortSignal;
}

/** The arguments that decide a dataset's content (not where or how fast it was made). */
export function contentArgs(
  options: GenerateOptions,
  catalog: CatalogIdentity,
  templateText?: string,
): Record<string, JsonValue> {
  return {
    // The catalog by content, not by path: the same file anywhere is the same data.
    catalog: catalog.builtIn ? null : catalog.sha256,
    n: options.n,
    eval: options.evalCount,
    seed: options.seed,
    split: [options.ratios.train, options.ratios.valid, options.ratios.test],
    format: [...options.formats],
    // --lean offers the used tools plus leanExtra whatever --offered says:
    // a number here would describe records that do not have it.
    offered: options.lean ? null : options.offered,
    lean: options.lean,
    systemPrompt: options.systemPrompt,
    perTurn: options.perTurn,
    contextLimit: options.contextLimit,
    heldOutPacks: options.heldOutPacks,
    injections: options.injections,
    maxSteps: options.maxSteps,
    samples: options.samples,
    // The template by content too, so merge can tell the shards' file from an edited one.
    template: templateText === undefined ? null : templateSha256(templateText),
    dpo: options.dpo,
  };
}

/** The sha256 of a chat template's text, as the manifest and shard.json record it. */
export function templateSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function manifestRanges(plan: SeedPlan): Record<string, SeedRange> {
  return Object.fromEntries(splits.map((s) => [s, { from: plan[s].start, to: plan[s].end }]));
}

/** The manifest's record of which catalog made the data. */
export function catalogIdentity(catalog: Catalog, builtIn: boolean): CatalogIdentity {
  return {
    builtIn,
    tools: catalog.tools.length,
    sha256: createHash('sha256').update(JSON.stringify(catalog.tools)).digest('hex'),
  };
}

/** The `--catalog` file, loaded and checked by @forge/spec, or undefined for the built-in toolkit. */
async function customCatalog(options: GenerateOptions): Promise<Catalog | undefined> {
  if (options.catalog === undefined) return undefined;
  const loaded = await loadCatalogFile(options.catalog);
  if (!loaded.success) throw loaded.error;
  return loaded.value;
}

async function episodeConfig(
  options: GenerateOptions,
  catalog: Catalog | undefined,
): Promise<EpisodeConfig> {
  let templateText: string | undefined;
  const template = options.template;
  if (template !== undefined) {
    const read = await readChatTemplateFile(template);
    if (!read.success) throw read.error;
    templateText = read.value;
  }
  return {
    systemPrompt: options.systemPrompt,
    offered: options.offered,
    lean: options.lean,
    leanExtra,
    injections: options.injections,
    maxSteps: options.maxSteps,
    heldOutPacks: options.heldOutPacks,
    formats: options.formats,
    perTurn: options.perTurn,
    dpo: options.dpo,
    ...(templateText === undefined ? {} : { templateText }),
    // Workers get the checked catalog as data and parse it themselves.
    ...(catalog === undefined ? {} : { catalogText: JSON.stringify(catalog.tools) }),
  };
}

/** Writes manifest.json for a finished dataset. */
export async function writeManifest(
  outDir: string,
  args: Record<string, JsonValue>,
  plan: SeedPlan,
  result: SinkResult,
  catalog: CatalogIdentity,
): Promise<Manifest> {
  const builder = createManifest({
    args,
    versions: forgeVersions(),
    catalog,
    seedRanges: manifestRanges(plan),
  });
  for (const file of result.files) builder.addFile(file as FileEntry);
  builder.setDedup(result.dedup, result.contentOverlap);
  const manifest = builder.result();
  const file = openAtomicFile(join(outDir, manifestFile));
  await file.write(`${JSON.stringify(manifest, null, 2)}\n`);
  await file.commit();
  return manifest;
}

/** What a generate run did, for the closing line. */
export interface GenerateSummary {
  readonly mode: 'full' | 'shard';
  readonly outDir: string;
  readonly episodes: number;
  readonly result?: SinkResult;
}

/**
 * Runs `forge generate`: plans seeds, plays every episode of this shard (in
 * workers when asked), and streams them through the sink in seed order.
 */
export async function runGenerate(options: GenerateOptions, io: RunIo): Promise<GenerateSummary> {
  const plan = planSeeds({
    n: options.n,
    evalCount: options.evalCount,
    seed: options.seed,
    ratios: options.ratios,
  });
  // Loaded here first so a bad catalog is a one-line error before any work.
  const custom = await customCatalog(options);
  const catalog = custom ?? defaultCatalog();
  // Told here, before any work: each worker's gym leaves the same families out.
  const { served, unserved } = servedFamilies(defaultFamilies, catalog);
  if (served.length === 0)
    throw new ForgeError('FORGE_USAGE', noFamilyServedText(unserved), {
      location: options.catalog ?? 'catalog',
    });
  if (unserved.length > 0)
    io.notice?.(
      `${unserved.length} of ${defaultFamilies.length} task families left out, the catalog lacks tools they exercise: ${unservedText(unserved)}`,
    );
  // More than the catalog holds offered every tool, quietly: a number the
  // manifest records but no record shows. The default is not checked, so a
  // small catalog is still offered whole without a flag.
  if (options.offeredAsked && options.offered > catalog.tools.length)
    throw new ForgeError(
      'FORGE_USAGE',
      `${options.offered} is more than the ${catalog.tools.length} tools of the catalog: pass at most ${catalog.tools.length}`,
      { location: '--offered' },
    );
  const identity = catalogIdentity(catalog, custom === undefined);
  const config = await episodeConfig(options, custom);
  const sharded = options.shard.count > 1;
  const outDir = sharded
    ? join(options.out, `shard-${options.shard.index}-of-${options.shard.count}`)
    : options.out;
  const total = countEpisodes(plan, options.shard);
  const target = sharded
    ? ({ kind: 'shard', sink: await createShardSink(outDir) } as const)
    : ({
        kind: 'full',
        sink: await createSink({
          outDir,
          exporters: configExporters(config),
          catalog,
          contextLimit: options.contextLimit,
          samples: options.samples,
          expected: total,
        }),
      } as const);
  const sink: { accept(o: EpisodeOutput): Promise<void>; abort(): Promise<void> } = target.sink;
  const progress: Progress | undefined = options.progress
    ? createProgress({ label: 'generate', total, write: io.progress, isTTY: io.isTTY })
    : undefined;
  try {
    await runOrdered<Job, { readonly outputs: readonly EpisodeOutput[] }>(
      planJobs(plan, options.shard),
      {
        workers: options.workers,
        workerUrl: new URL('./generate-worker.js', import.meta.url),
        workerData: config,
        resourceLimits: workerHeap,
        inProcess: (() => {
          let make: ReturnType<typeof createEpisodeMaker> | undefined;
          return (job: Job) => {
            make ??= createEpisodeMaker(config, catalog);
            return { outputs: runJob(make, job) };
          };
        })(),
        onResult: async ({ outputs }) => {
          for (const output of outputs) await sink.accept(output);
          progress?.advance(outputs.length);
        },
        ...(io.signal ? { signal: io.signal } : {}),
      },
    );
  } catch (error) {
    progress?.stop();
    await sink.abort();
    throw error;
  }
  progress?.finish();
  const args = contentArgs(options, identity, config.templateText);
  if (target.kind === 'shard') {
    await target.sink.finish({
      schema: 'forge.shard/1',
      args,
      // The catalog travels with the shard so that merge needs no --catalog.
      ...(config.catalogText === undefined ? {} : { catalogTools: catalog.tools }),
      shard: options.shard,
      seedRanges: manifestRanges(plan),
    });
    return { mode: 'shard', outDir, episodes: total };
  }
  const result = await target.sink.finish();
  await writeManifest(outDir, args, plan, result, identity);
  return { mode: 'full', outDir, episodes: total, result };
}
