import { createExpert, playEpisode } from '@forge/expert';
import { contentKey, createStatsFeatures, createTemplateExporter, exporters } from '@forge/export';
import { createEnv, defaultPacks, deriveSeed } from '@forge/gym';
import { createNarrator, narrateMessages } from '@forge/narrate';
import {
  type Catalog,
  defaultCatalog,
  defaultMaxSteps,
  type Exporter,
  ForgeError,
  type Gate,
  parseCatalog,
  type Split,
  type SystemPromptStyle,
  systemPrompt,
  type TrajectoryRecord,
  toolsRun,
  trajectorySchemaId,
  type Violation,
} from '@forge/spec';
import { defaultGates, validate } from '@forge/validate';
import type { EpisodeOutput } from './episode-output.js';
import type { Job } from './jobs.js';
import { offeredTools } from './offered-tools.js';
import { leanExtra } from './options.js';
import { createTrlPreferenceExporter } from './preference.js';
import { createRecordJson } from './record-json.js';

/** The part of the options an episode depends on; it crosses into workers as data. */
export interface EpisodeConfig {
  readonly systemPrompt: SystemPromptStyle;
  readonly offered: number;
  readonly lean: boolean;
  readonly leanExtra: number;
  readonly injections: 'seeded' | 'none';
  readonly maxSteps: number;
  readonly heldOutPacks: boolean;
  readonly formats: readonly string[];
  readonly perTurn: boolean;
  /** The chat template file's text, for the `template` format. */
  readonly templateText?: string;
  /** Also write TRL preference pairs (trl/preference/). */
  readonly dpo?: boolean;
  /** The `--catalog` tools as JSON (already checked); the built-in toolkit when absent. */
  readonly catalogText?: string;
}

/**
 * What `forge generate` plays with when given no flags, for callers that make
 * episodes themselves (the self-check, tests, benchmarks): spread it and
 * change what differs.
 */
export const defaultEpisodeConfig: EpisodeConfig = {
  systemPrompt: 'full',
  offered: 12,
  lean: false,
  leanExtra,
  injections: 'seeded',
  maxSteps: defaultMaxSteps,
  heldOutPacks: false,
  formats: [],
  perTurn: false,
};

/** The catalog a config plays with: its catalog file, parsed, or the built-in toolkit. */
export function configCatalog(config: EpisodeConfig): Catalog {
  if (config.catalogText === undefined) return defaultCatalog();
  const parsed = parseCatalog(config.catalogText, 'catalog');
  if (!parsed.success) throw parsed.error;
  return parsed.value;
}

/** The exporters a config asks for, in output order (the template one last). */
export function configExporters(
  config: EpisodeConfig,
  catalog: Catalog = configCatalog(config),
): Exporter[] {
  const made = exporters(config.formats, { mlx: { perTurn: config.perTurn } });
  if (!made.success) throw made.error;
  const list = [...made.value];
  if (config.templateText !== undefined) {
    const template = createTemplateExporter(config.templateText);
    if (!template.success) throw template.error;
    list.push(template.value);
  }
  if (config.dpo) list.push(createTrlPreferenceExporter(catalog));
  return list;
}

/** The gates every generated episode must pass: all of them, replay included. */
export function generationGates(): readonly Gate[] {
  return defaultGates();
}

const heldOut = defaultPacks.filter((p) => p.heldOut).map((p) => p.id);

/**
 * The reset options of an episode. A record replays only if the gym is reset
 * exactly the same way, so this is a function of what the record carries:
 * the seed, plus the pack when (and only when) the pack is held out.
 */
export function episodeResetPack(
  seed: number,
  split: Split,
  config: EpisodeConfig,
): string | undefined {
  if (split !== 'eval' || !config.heldOutPacks || heldOut.length === 0) return undefined;
  return heldOut[deriveSeed('held-out-pack', seed) % heldOut.length];
}

/**
 * Makes the function that turns one seed into one episode: reset the gym,
 * let the expert play, narrate, assemble the canonical record, validate it,
 * and render the requested formats. Pure in its inputs: the same seed and
 * config give the same output in any process.
 */
export function createEpisodeMaker(
  config: EpisodeConfig,
  catalog: Catalog = configCatalog(config),
) {
  const env = createEnv({ catalog, maxSteps: config.maxSteps });
  const expert = createExpert({ maxSteps: config.maxSteps });
  // One replay gym for the whole maker: reset starts it afresh, and the gym's
  // app cache then spares the replay from generating the app again.
  const replayEnv = createEnv({ catalog, maxSteps: config.maxSteps });
  const context = { catalog, createEnv: () => replayEnv };
  const narrator = createNarrator();
  const gates = generationGates();
  const formats = configExporters(config, catalog);
  const system = systemPrompt(config.systemPrompt);
  const recordJson = createRecordJson();
  const statsFeatures = createStatsFeatures();

  return function makeEpisode(seed: number, split: Split): EpisodeOutput {
    const pack = episodeResetPack(seed, split, config);
    const played = playEpisode(env, expert, {
      seed,
      injections: config.injections,
      maxSteps: config.maxSteps,
      ...(pack === undefined ? {} : { pack }),
    });
    const { task } = played;
    const narration = narrator.narrate(played.draft);
    const messages = narrateMessages(played.draft, narration, system);
    const used = new Set<string>();
    // Offered too: the tools run inside a call (run-sequence steps, a flow
    // step's command), whose arguments the model writes from their schemas.
    const run = new Set<string>();
    let calls = 0;
    for (const step of played.draft.steps) {
      for (const call of step.calls) {
        used.add(call.name);
        for (const name of toolsRun(call)) run.add(name);
        calls += 1;
      }
    }
    const record: TrajectoryRecord = {
      schema: trajectorySchemaId,
      id: task.id,
      seed,
      split,
      meta: {
        family: task.family,
        platform: task.platform,
        pack: task.pack,
        app: task.app,
        persona: narration.persona,
        difficulty: task.difficulty,
        injections: played.firedInjections,
        recovered: played.firedInjections.length > 0 && played.draft.success,
        success: played.draft.success,
        toolsUsed: [...used],
        calls,
      },
      tools: offeredTools(catalog, run, seed, {
        count: config.offered,
        lean: config.lean,
        extra: config.leanExtra,
      }),
      messages,
    };
    // A failed episode is rejected by the success gate (success.task-failed).
    const violations: Violation[] = validate(record, context, gates);
    if (violations.length > 0)
      return { kind: 'rejected', split, id: record.id, seed, violations, record };
    const rendered: (readonly string[])[] = [];
    if (split !== 'eval') {
      for (const exporter of formats) {
        try {
          rendered.push(exporter.render(record));
        } catch (cause) {
          // A format that cannot hold this record (say, a chat template that
          // refuses parallel calls) rejects it everywhere, record attached, so
          // every format keeps the same examples and nothing goes missing.
          const why = ForgeError.is(cause) ? cause.message : String(cause);
          const violation: Violation = {
            gate: 'export',
            code: 'export.render-failed',
            message: `${exporter.format}: ${why}`,
          };
          return { kind: 'rejected', split, id: record.id, seed, violations: [violation], record };
        }
      }
    }
    return {
      kind: 'accepted',
      split,
      id: record.id,
      seed,
      record,
      canonical: recordJson(record),
      features: statsFeatures(record),
      key: contentKey(record),
      formats: rendered,
    };
  };
}

/**
 * Plays every seed of a job and hands each output to `each` as soon as it is
 * made (a worker packs its lines into bytes before playing the next), a
 * crash turned into a reject so nothing is lost silently.
 */
export function forEachEpisode(
  make: (seed: number, split: Split) => EpisodeOutput,
  job: Job,
  each: (output: EpisodeOutput) => void,
): void {
  for (let seed = job.start; seed < job.end; seed += 1) {
    let output: EpisodeOutput;
    try {
      output = make(seed, job.split);
    } catch (cause) {
      const message = ForgeError.is(cause)
        ? cause.oneLine()
        : cause instanceof Error
          ? cause.message
          : String(cause);
      output = {
        kind: 'rejected',
        split: job.split,
        id: `episode/${seed}`,
        seed,
        violations: [{ gate: 'episode', code: 'episode.error', message }],
      };
    }
    each(output);
  }
}

/** The outputs of every seed of a job, in seed order (see forEachEpisode). */
export function runJob(
  make: (seed: number, split: Split) => EpisodeOutput,
  job: Job,
): EpisodeOutput[] {
  const out: EpisodeOutput[] = [];
  forEachEpisode(make, job, (output) => out.push(output));
  return out;
}
