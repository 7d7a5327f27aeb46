import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Env,
  ForgeError,
  fail,
  type JsonObject,
  ok,
  type Policy,
  type Result,
  systemPrompt,
  type Task,
  type ToolSpec,
} from '@forge/spec';
import type { CallGate } from '../gates/call-gate.js';
import { defaultCallGates } from '../gates/default-gates.js';
import { computeMetricsReport } from '../metrics/compute-metrics.js';
import type { PolicyUnderTest } from '../policy-under-test.js';
import { appendLine, canonicalJson, readEpisodes, sha256, writeAtomic } from '../results/files.js';
import { type ResultsFile, resultsSchemaId } from '../results/results-file.js';
import { type PlanOptions, planEpisodes } from './episode-plan.js';
import type { EpisodeResult, EpisodeSpec, EpisodeSummary } from './episode-result.js';
import { type EpisodeOptions, runEpisode } from './run-episode.js';
import { crashedEpisode, toSummary } from './summary.js';

/** Everything `runEval` needs. The env factory, reference and gates are the seams the CLI fills. */
export interface EvalRunOptions extends PlanOptions {
  /** A fresh environment; one is made per concurrent worker. */
  readonly createEnv: () => Env;
  readonly policy: PolicyUnderTest;
  readonly reference?: Policy;
  /** Default `defaultCallGates`: schema, then @forge/validate's grounding gate. */
  readonly gates?: readonly CallGate[];
  readonly systemPrompt?: (task: Task, tools: readonly ToolSpec[]) => string;
  /** The tools shown per episode (see `EpisodeOptions.offer`); default every tool. */
  readonly offer?: EpisodeOptions['offer'];
  /** The user's first message per seed (see `EpisodeOptions.request`); default the task's goal. */
  readonly request?: EpisodeOptions['request'];
  readonly maxTurns?: number;
  readonly maxFormatErrors?: number;
  /** See `EpisodeOptions.injections`. */
  readonly injections?: EpisodeOptions['injections'];
  readonly concurrency?: number;
  readonly outDir: string;
  readonly resume?: boolean;
  readonly signal?: AbortSignal;
  /** Settings that decide outcomes (format, temperature, …), recorded and hashed. */
  readonly config?: JsonObject;
  readonly model?: ResultsFile['model'];
  readonly dataset?: ResultsFile['dataset'];
  /** Called after each finished episode is on disk. */
  readonly onEpisode?: (episode: EpisodeSummary, done: number, total: number) => void;
}

/** How a run ended. */
export interface EvalRunOutcome {
  readonly results: ResultsFile;
  readonly interrupted: boolean;
  /** Episodes taken from the checkpoint instead of being played again. */
  readonly resumed: number;
}

// The prompt models are trained with; eval must serve the same one.
const defaultPrompt = (): string => systemPrompt('full');

/**
 * Plays every planned episode and writes `episodes.jsonl` (one transcript
 * per line, appended as episodes finish, sorted by index at the end) and
 * `results.json` (rewritten atomically as it goes). With `resume`, episodes
 * already in the checkpoint are kept and only the rest are played.
 */
export async function runEval(
  options: EvalRunOptions,
): Promise<Result<EvalRunOutcome, ForgeError>> {
  const specs = planEpisodes(options);
  const k = options.k;
  const config: JsonObject = {
    ...(options.config ?? {}),
    policy: options.policy.name,
    seeds: [...options.seeds],
    k,
    runSeed: options.runSeed,
    family: options.family ?? null,
    platform: options.platform ?? null,
    packs: options.packs ? [...options.packs] : null,
    injections: options.injections ?? 'seeded',
    maxTurns: options.maxTurns ?? 30,
    maxFormatErrors: options.maxFormatErrors ?? 3,
    reference: options.reference?.name ?? null,
    gates: (options.gates ?? defaultCallGates).map((g) => g.name),
  };
  const configHash = sha256(canonicalJson(config));
  const resultsPath = join(options.outDir, 'results.json');
  const episodesPath = join(options.outDir, 'episodes.jsonl');
  await mkdir(options.outDir, { recursive: true });

  const done = new Map<number, EpisodeResult>();
  const previous = await readFile(resultsPath, 'utf8').then(
    (text) => JSON.parse(text) as ResultsFile,
    () => undefined,
  );
  if (previous && !options.resume) {
    return fail(
      new ForgeError(
        'FORGE_USAGE',
        `${resultsPath} exists; pass --resume to continue it or choose another --out`,
      ),
    );
  }
  if (options.resume && previous) {
    if (previous.configHash !== configHash) {
      return fail(
        new ForgeError(
          'FORGE_USAGE',
          'cannot resume: the run settings differ from the checkpoint',
          { location: resultsPath },
        ),
      );
    }
    const read = await readEpisodes(episodesPath);
    if (!(read instanceof Map)) {
      return fail(
        new ForgeError('FORGE_IO', 'checkpoint line is not an episode', {
          location: `${episodesPath}:${read.badLine}`,
        }),
      );
    }
    for (const [index, episode] of read) {
      const spec = specs[index];
      if (spec && spec.seed === episode.seed && spec.repeat === episode.repeat)
        done.set(index, episode);
    }
  }
  // Rewrite the checkpoint without any torn last line before appending to it.
  await writeAtomic(episodesPath, [...done.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
  const resumed = done.size;

  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const summaries = new Map<number, EpisodeSummary>([...done].map(([i, e]) => [i, toSummary(e)]));
  const build = (status: ResultsFile['status']): ResultsFile => {
    const ordered = [...summaries.values()].sort((a, b) => a.index - b.index);
    const wallMs = Date.now() - started;
    const firsts = ordered.filter((e) => e.repeat === 0);
    const served = [...new Set(ordered.flatMap((e) => e.servedModels ?? []))].sort();
    return {
      schema: resultsSchemaId,
      status,
      policy: options.policy.name,
      ...(options.model
        ? { model: { ...options.model, ...(served.length > 0 ? { served } : {}) } }
        : {}),
      config,
      configHash,
      taskSet: {
        hash: sha256(firsts.map((e) => `${e.seed}:${e.taskId}\n`).join('')),
        seeds: [...options.seeds],
        k,
        episodes: specs.length,
      },
      ...(options.dataset ? { dataset: options.dataset } : {}),
      progress: { done: ordered.length, total: specs.length },
      metrics: computeMetricsReport(ordered, k),
      timings: {
        startedAt,
        updatedAt: new Date().toISOString(),
        wallMs,
        episodesPerSecond: wallMs === 0 ? 0 : ((ordered.length - resumed) * 1000) / wallMs,
        meanEpisodeMs:
          ordered.length === 0 ? 0 : ordered.reduce((n, e) => n + e.durationMs, 0) / ordered.length,
      },
    };
  };
  await writeAtomic(resultsPath, `${JSON.stringify(build('running'), null, 2)}\n`);

  // One writer: appends and rewrites happen in order even with many workers.
  let writes: Promise<void> = Promise.resolve();
  const every = Math.max(1, Math.floor(specs.length / 100));
  const pending = specs.filter((s) => !done.has(s.index));
  let cursor = 0;
  const episodeOptions = {
    policy: options.policy,
    gates: options.gates ?? defaultCallGates,
    systemPrompt: options.systemPrompt ?? defaultPrompt,
    maxTurns: options.maxTurns ?? 30,
    maxFormatErrors: options.maxFormatErrors ?? 3,
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.offer ? { offer: options.offer } : {}),
    ...(options.request ? { request: options.request } : {}),
    ...(options.injections ? { injections: options.injections } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const worker = async (): Promise<void> => {
    const env = options.createEnv();
    for (;;) {
      if (options.signal?.aborted) return;
      const spec: EpisodeSpec | undefined = pending[cursor];
      cursor += 1;
      if (!spec) return;
      let episode: EpisodeResult;
      try {
        episode = await runEpisode(env, spec, episodeOptions);
      } catch (error) {
        episode = crashedEpisode(spec, error);
      }
      // An episode cut by the interruption is not finished: resume plays it again.
      if (options.signal?.aborted) return;
      done.set(spec.index, episode);
      summaries.set(spec.index, toSummary(episode));
      const count = done.size;
      writes = writes.then(async () => {
        await appendLine(episodesPath, episode);
        if (count % every === 0) {
          await writeAtomic(resultsPath, `${JSON.stringify(build('running'), null, 2)}\n`);
        }
        options.onEpisode?.(toSummary(episode), count, specs.length);
      });
      await writes;
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, pending.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await writes;

  const interrupted = done.size < specs.length;
  const ordered = [...done.values()].sort((a, b) => a.index - b.index);
  await writeAtomic(episodesPath, ordered.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const results = build(interrupted ? 'interrupted' : 'complete');
  await writeAtomic(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  return ok({ results, interrupted, resumed });
}
