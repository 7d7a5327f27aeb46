import type {
  Env,
  Gate,
  GateContext,
  ResetOptions,
  ResetResult,
  TrajectoryRecord,
  Violation,
} from '@forge/spec';
import { type CallEntry, callEntries } from './internal/walk.js';

const gate = 'replay';

/**
 * Which of family, platform and pack a reset may have been given. The
 * gym's reset draws differently depending on which it is given (an omitted
 * family is itself drawn from the seed; platform and pack narrow the app
 * pool), and a record carries the task's values but not which of them were
 * constraints. Replay tries the combinations in this order, keeps those
 * whose task matches the meta, and accepts the first that reproduces.
 */
const selections: readonly (readonly ('family' | 'platform' | 'pack')[])[] = [
  [],
  ['pack'],
  ['family'],
  ['family', 'platform'],
  ['family', 'pack'],
  ['family', 'platform', 'pack'],
  ['platform'],
  ['platform', 'pack'],
];

/**
 * How to schedule the injections: exactly the recorded ones, or as the seed
 * schedules them. A record may list only the failures that fired, while a
 * scheduled one that never fired can still shape the world (boot-timeout
 * starts the device shut down); the seed's own schedule reproduces that.
 */
const injectionModes = ['recorded', 'seeded'] as const;

/** Envs already built, per factory: reset starts every episode afresh, so one env serves all. */
const envs = new WeakMap<() => Env, Env>();

function envFor(createEnv: () => Env): Env {
  let env = envs.get(createEnv);
  if (!env) {
    env = createEnv();
    envs.set(createEnv, env);
  }
  return env;
}

function v(code: string, message: string, entry?: CallEntry): Violation {
  const place =
    entry === undefined
      ? {}
      : { messageIndex: entry.resultIndex ?? entry.messageIndex, callId: entry.call.id };
  return { gate, code: `replay.${code}`, message, ...place };
}

function matches(start: ResetResult, record: TrajectoryRecord, exact: boolean): boolean {
  const { task, info } = start;
  const m = record.meta;
  const injected = exact
    ? info.injections.length === m.injections.length &&
      info.injections.every((k, i) => k === m.injections[i])
    : m.injections.every((k) => info.injections.includes(k));
  return (
    task.family === m.family &&
    task.platform === m.platform &&
    task.pack === m.pack &&
    task.app === m.app &&
    task.difficulty === m.difficulty &&
    injected
  );
}

function tryReset(env: Env, options: ResetOptions): ResetResult | undefined {
  try {
    return env.reset(options);
  } catch {
    // This selection cannot produce an episode (e.g. no pack for the family); try the next.
    return undefined;
  }
}

/** Replays the calls on a reset env; stops at the first mismatch unless `all`. */
function replay(env: Env, record: TrajectoryRecord, entries: readonly CallEntry[], all: boolean) {
  const out: Violation[] = [];
  for (const entry of entries) {
    let text: string;
    let isError: boolean;
    try {
      ({ text, isError } = env.step(entry.call).result);
    } catch (cause) {
      out.push(v('step-failed', `the gym threw on ${entry.call.name}: ${String(cause)}`, entry));
      return out;
    }
    const got = entry.result;
    if (got && got.content !== text) {
      out.push(
        v(
          'observation-mismatch',
          `${entry.call.name} (${entry.call.id}) returned different text on replay`,
          entry,
        ),
      );
    } else if (got && (got.isError === true) !== isError) {
      out.push(
        v(
          'error-flag-mismatch',
          `${entry.call.name} (${entry.call.id}) isError is ${got.isError === true}, replay says ${isError}`,
          entry,
        ),
      );
    }
    if (out.length > 0 && !all) return out;
  }
  const success = env.isSuccess();
  if (success !== record.meta.success) {
    out.push(
      v(
        'success-mismatch',
        `meta.success is ${record.meta.success}, the task's check after replay says ${success}`,
      ),
    );
  }
  return out;
}

/**
 * The replay gate: a fresh gym reset from the record's seed, with the
 * task selection found from the meta and the record's injections (or the
 * seed's own schedule of them), gives
 * back every observation byte for byte (and the same error flags), and the
 * task's success check at the end agrees with `meta.success`. Needs
 * `context.createEnv`. Codes: `replay.no-env`, `replay.task-mismatch`,
 * `replay.observation-mismatch`, `replay.error-flag-mismatch`,
 * `replay.step-failed`, `replay.success-mismatch`.
 */
export const replayGate: Gate = {
  name: gate,
  check(record: TrajectoryRecord, context: GateContext): readonly Violation[] {
    if (!context.createEnv) {
      return [v('no-env', 'replay needs an environment: pass createEnv in the gate context')];
    }
    const env = envFor(context.createEnv);
    const entries = callEntries(record);
    const { meta } = record;
    let first: readonly Violation[] | undefined;
    // Recorded injections first over every selection: the common case needs one reset.
    for (const mode of injectionModes) {
      for (const keys of selections) {
        const options: ResetOptions = {
          seed: record.seed,
          injections: mode === 'recorded' ? [...meta.injections] : 'seeded',
          ...Object.fromEntries(keys.map((k) => [k, meta[k]])),
        };
        const start = tryReset(env, options);
        if (!start || !matches(start, record, mode === 'recorded')) continue;
        if (first === undefined) {
          first = replay(env, record, entries, true);
          if (first.length === 0) return [];
          continue;
        }
        if (replay(env, record, entries, false).length === 0) return [];
      }
    }
    return (
      first ?? [
        v(
          'task-mismatch',
          `no reset of seed ${record.seed} gives the recorded task (${meta.family}, ${meta.platform}, ${meta.pack}, ${meta.app})`,
        ),
      ]
    );
  },
};
