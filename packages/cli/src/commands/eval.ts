import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CallGate,
  createOpenAiClient,
  type FormatName,
  formatNames,
  formatStops,
  fromPolicy,
  heldOutSeedStart,
  modelPolicy,
  noisyPolicy,
  type PolicyUnderTest,
  randomPolicy,
  readDatasetSeeds,
  runEval,
  seedsOverlappingTraining,
  wireFormat,
} from '@forge/eval';
import type { Env, JsonObject, Policy, Task, ToolSpec } from '@forge/spec';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';
import { evalPrompt } from './eval-prompt.js';
import { readEvalRequests } from './eval-requests.js';

export const evalHelp = `forge eval (--policy expert|random|noisy:P | --base-url URL --model M) --out DIR [options]

Plays held-out episodes in the gym with a policy or a model behind an
OpenAI-compatible endpoint, judges every call with the gates, and writes
DIR/results.json and DIR/episodes.jsonl.

  --policy NAME        expert, random, or noisy:P (the expert with noise rate P)
  --base-url URL       OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1)
  --model M            model id sent to the endpoint
  --api-key-env VAR    environment variable holding the key (default OPENAI_API_KEY,
                       optional: local servers take any key); a VAR that is not
                       set stops eval before any request, with exit code 3
  --format F           native | hermes | gemma (default native)
  --stop S             stop sequence, repeatable (default: the format's)
  --temperature T      sampling temperature
  --max-tokens N       reply token limit
  --timeout-ms N       per-request timeout (default 60000)
  --retries N          retries on 5xx, timeouts, dropped connections (default 2)
  --concurrency N      episodes in parallel (default 1)
  --episodes N         number of seeds (default 50, or the whole --seeds range)
  --seeds A..B         held-out seed range (default from --data, else ${heldOutSeedStart}..)
  --data DIR           dataset dir: eval seeds from its manifest, disjointness checked;
                       its held-out packs and failure schedule (--injections) too,
                       and each seed's narrated request from its eval.jsonl
  --held-out-packs     play only held-out packs, each seed in the pack forge generate
                       --held-out-packs gives it (default: on when --data's
                       dataset was generated with it)
  --k K                runs per seed with different sampling seeds, for pass^k (default 1)
  --seed S             run seed for sampling and noise (default 0)
  --max-turns N        model turns per episode (default 30)
  --system-prompt S    full | compact (default: the dataset's, from --data; else full)
  --offered N|all      tools shown per episode: the ones the task needs plus seeded
                       distractors up to N, as generate offers them (default: the
                       dataset's --offered, from --data; else all)
  --out DIR            output directory
  --resume             continue an interrupted run in DIR

Exit codes: 0 done, 1 episodes lost to endpoint errors, 2 bad usage,
3 --api-key-env names an unset variable, 130 interrupted.
`;

/** Exit code when --api-key-env names a variable that is not set (exitCodes.environment). */
export const missingApiKeyExit = exitCodes.environment;

/** What the command needs from the rest of Forge; the CLI's composition root fills it in. */
export interface EvalDeps {
  /** A fresh gym environment. */
  readonly createEnv?: () => Env;
  /** The expert: reference for agreement and tap metrics, and `--policy expert|noisy:P`. */
  readonly expert?: Policy;
  /** Per-call gates; default schema plus @forge/validate's grounding gate. */
  readonly gates?: readonly CallGate[];
  /** Pack ids marked held-out, for `--held-out-packs`. */
  readonly heldOutPacks?: readonly string[];
  readonly systemPrompt?: (task: Task, tools: readonly ToolSpec[]) => string;
}

/**
 * No gym, expert or gates: for embedders who pass their own. The `forge`
 * command passes `evalDeps()` (main.ts), which wires all three.
 */
export const defaultEvalDeps: EvalDeps = {};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: false,
    strict: true,
    options: {
      policy: { type: 'string' },
      'base-url': { type: 'string' },
      model: { type: 'string' },
      'api-key-env': { type: 'string' },
      format: { type: 'string', default: 'native' },
      stop: { type: 'string', multiple: true },
      temperature: { type: 'string' },
      'max-tokens': { type: 'string' },
      'timeout-ms': { type: 'string' },
      retries: { type: 'string' },
      concurrency: { type: 'string' },
      episodes: { type: 'string' },
      seeds: { type: 'string' },
      data: { type: 'string' },
      'held-out-packs': { type: 'boolean' },
      k: { type: 'string' },
      seed: { type: 'string' },
      'max-turns': { type: 'string' },
      'system-prompt': { type: 'string' },
      offered: { type: 'string' },
      out: { type: 'string' },
      resume: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function number(value: string | undefined, flag: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw usageError(`--${flag} must be a number >= ${min}, got "${value}"`);
  return n;
}

function integer(value: string | undefined, flag: string, min: number, fallback: number): number {
  const n = number(value, flag, min, fallback);
  if (!Number.isSafeInteger(n)) throw usageError(`--${flag} must be an integer, got "${value}"`);
  return n;
}

function seedRange(text: string): [number, number] {
  const match = /^(\d+)\.\.(\d+)$/.exec(text);
  const [a, b] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || b < a) throw usageError(`--seeds must be A..B with A <= B, got "${text}"`);
  return [a, b];
}

type Values = ReturnType<typeof parse>['values'];

function choosePolicy(values: Values, deps: EvalDeps, runSeed: number, io: CommandIo) {
  const name = values.policy;
  if ((name === undefined) === (values['base-url'] === undefined)) {
    throw usageError('give exactly one of --policy or --base-url');
  }
  if (name === undefined) {
    const model = values.model;
    if (model === undefined) throw usageError('--base-url needs --model');
    if (!(formatNames as readonly string[]).includes(values.format)) {
      throw usageError(`--format must be one of ${formatNames.join(', ')}`);
    }
    const format = values.format as FormatName;
    const stop = values.stop ?? [...formatStops(format)];
    const temperature =
      values.temperature === undefined
        ? undefined
        : number(values.temperature, 'temperature', 0, 0);
    const maxTokens =
      values['max-tokens'] === undefined
        ? undefined
        : integer(values['max-tokens'], 'max-tokens', 1, 1);
    const client = createOpenAiClient({
      baseURL: values['base-url'] as string,
      model,
      env: io.env,
      timeoutMs: integer(values['timeout-ms'], 'timeout-ms', 1, 60_000),
      maxRetries: integer(values.retries, 'retries', 0, 2),
      ...(values['api-key-env'] ? { apiKeyEnv: values['api-key-env'] } : {}),
    });
    const policy = modelPolicy({
      client,
      format: wireFormat(format),
      stop,
      ...(temperature === undefined ? {} : { temperature }),
      ...(maxTokens === undefined ? {} : { maxTokens }),
    });
    const config: JsonObject = {
      format,
      stop,
      temperature: temperature ?? null,
      maxTokens: maxTokens ?? null,
      model,
    };
    return { policy, config, model: { id: model, endpoint: client.endpoint, format } };
  }
  let policy: PolicyUnderTest;
  if (name === 'random') policy = randomPolicy(runSeed);
  else if (name === 'expert' || name.startsWith('noisy:')) {
    if (!deps.expert)
      throw usageError(
        `--policy ${name} needs the expert, and no expert is registered in this build`,
      );
    const expert = fromPolicy(deps.expert);
    if (name === 'expert') policy = expert;
    else policy = noisyPolicy(expert, number(name.slice(6), 'policy noisy:P', 0, 0), runSeed);
    if (name.startsWith('noisy:') && Number(name.slice(6)) > 1)
      throw usageError('noisy:P needs 0 <= P <= 1');
  } else throw usageError(`unknown --policy "${name}" (expert, random, noisy:P)`);
  return { policy, config: {} as JsonObject, model: undefined };
}

/** `forge eval`: plays held-out episodes and writes results.json and episodes.jsonl. */
export async function evalCommand(
  args: readonly string[],
  io: CommandIo,
  deps: EvalDeps = defaultEvalDeps,
): Promise<number> {
  const parsed = parseUsage(parse, args);
  const { values } = parsed;
  if (values.help) {
    io.stdout(evalHelp);
    return exitCodes.ok;
  }
  if (values.out === undefined) throw usageError('--out DIR is required');
  const keyVar = values['api-key-env'];
  // Asked for by name, the key must be there: sending no key (or the
  // placeholder) would only fail later as a 401 on every episode.
  if (keyVar !== undefined && !io.env[keyVar]) {
    io.stderr(`forge eval: --api-key-env ${keyVar}: the environment variable is not set\n`);
    return missingApiKeyExit;
  }
  const runSeed = integer(values.seed, 'seed', 0, 0);
  const chosen = choosePolicy(values, deps, runSeed, io);
  if (!deps.createEnv) throw usageError('no gym environment is registered in this build');
  const dataset =
    values.data === undefined ? undefined : await readDatasetSeeds(resolve(io.cwd, values.data));
  if (dataset && !dataset.success) throw dataset.error;
  // An explicit range (--seeds, or the dataset's eval block) bounds the count;
  // without one, the fixed held-out block starts at heldOutSeedStart and is
  // as long as --episodes asks.
  const explicit = values.seeds ? seedRange(values.seeds) : dataset?.value.ranges.eval;
  const count = integer(
    values.episodes,
    'episodes',
    1,
    explicit ? explicit[1] - explicit[0] + 1 : 50,
  );
  const range = explicit ?? [heldOutSeedStart, heldOutSeedStart + count - 1];
  const seeds = Array.from(
    { length: Math.min(count, range[1] - range[0] + 1) },
    (_, i) => range[0] + i,
  );
  if (dataset) {
    const overlap = seedsOverlappingTraining(seeds, dataset.value);
    if (overlap.length > 0)
      throw usageError(
        `${overlap.length} eval seeds fall in the dataset's training splits (first ${overlap[0]})`,
      );
  }
  const prompt = evalPrompt(
    { systemPrompt: values['system-prompt'], offered: values.offered },
    dataset?.value,
  );
  // With a dataset, each seed is asked as its eval record asks it.
  const read =
    values.data === undefined ? undefined : await readEvalRequests(resolve(io.cwd, values.data));
  const requests = read !== undefined && read.size > 0 ? read : undefined;
  // A dataset whose eval split was held out is only scored fairly on those worlds.
  const heldOut = values['held-out-packs'] === true || dataset?.value.heldOutPacks === true;
  const packs = heldOut ? (deps.heldOutPacks ?? []) : undefined;
  if (packs && packs.length === 0)
    throw usageError('--held-out-packs: no held-out packs are registered');
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  const outDir = resolve(io.cwd, values.out);
  try {
    const outcome = await runEval({
      createEnv: deps.createEnv,
      policy: chosen.policy,
      ...(deps.expert ? { reference: deps.expert } : {}),
      ...(deps.gates ? { gates: deps.gates } : {}),
      systemPrompt: deps.systemPrompt ?? prompt.systemPrompt,
      ...(prompt.offer ? { offer: prompt.offer } : {}),
      ...(requests
        ? { request: (seed: number, task: Task) => requests.get(seed) ?? task.goal }
        : {}),
      seeds,
      k: integer(values.k, 'k', 1, 1),
      runSeed,
      ...(packs ? { packs } : {}),
      // The dataset's failure schedule, so its eval seeds get its worlds.
      ...(dataset?.value.injections ? { injections: dataset.value.injections } : {}),
      maxTurns: integer(values['max-turns'], 'max-turns', 1, 30),
      concurrency: integer(values.concurrency, 'concurrency', 1, 1),
      outDir,
      resume: values.resume,
      signal: controller.signal,
      config: {
        ...chosen.config,
        prompt: {
          ...prompt.config,
          // Where the user's first message came from: the dataset's eval
          // records (with how many seeds had one) or the task's goal.
          request: requests
            ? `dataset (${seeds.filter((s) => requests.has(s)).length} of ${seeds.length} seeds)`
            : 'goal',
        },
      },
      ...(chosen.model ? { model: chosen.model } : {}),
      ...(dataset && values.data
        ? { dataset: { dir: values.data, manifestHash: dataset.value.manifestHash } }
        : {}),
    });
    if (!outcome.success) throw outcome.error;
    const { results, interrupted } = outcome.value;
    const m = results.metrics.overall;
    const pct = (r: number): string => `${(r * 100).toFixed(1)}%`;
    // No touch judged (no grounding gate, or a run without touches) is not 0%.
    const touches = m.groundedTaps.trials === 0 ? 'n/a' : pct(m.groundedTaps.rate);
    io.stdout(
      [
        `episodes ${results.progress.done}/${results.progress.total} (${m.errorEpisodes} errors)`,
        `success ${pct(m.success.rate)} [${pct(m.success.low)}, ${pct(m.success.high)}]`,
        `schema-valid ${pct(m.schemaValidCalls.rate)}  grounded touches ${touches}  format errors ${m.formatErrors.total}`,
        `results: ${join(outDir, 'results.json')}`,
        '',
      ].join('\n'),
    );
    if (interrupted) return exitCodes.interrupted;
    return m.errorEpisodes > 0 ? exitCodes.problems : exitCodes.ok;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}
