import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { exportFormatNames } from '@forge/export';
import { defaultMaxSteps, type SystemPromptStyle, systemPromptStyles } from '@forge/spec';
import { usageError } from '../usage-error.js';
import { parseRatios, type SplitRatios } from './seed-plan.js';
import { resolveShard, type Shard } from './shard.js';

/** Everything `forge generate` was asked to do, checked and with defaults filled in. */
export interface GenerateOptions {
  readonly n: number;
  readonly evalCount: number;
  readonly seed: number;
  readonly out: string;
  readonly workers: number;
  readonly formats: readonly string[];
  readonly shard: Shard;
  readonly ratios: SplitRatios;
  /** Tools offered per record: the tools used plus seeded distractors up to this count. */
  readonly offered: number;
  /** --offered was given, not defaulted: the run checks it against the catalog's size. */
  readonly offeredAsked: boolean;
  /** Lean mode: only the tools used plus `leanExtra` distractors. */
  readonly lean: boolean;
  readonly systemPrompt: SystemPromptStyle;
  /** mlx: one example per assistant turn (for --mask-prompt training). */
  readonly perTurn: boolean;
  readonly contextLimit: number;
  readonly heldOutPacks: boolean;
  readonly injections: 'seeded' | 'none';
  readonly maxSteps: number;
  readonly samples: number;
  /** A chat template file (tokenizer_config.json or .jinja) to render `template/` text records with. */
  readonly template: string | undefined;
  /** A tool catalog file (JSON array or MCP tools/list body); the built-in toolkit when unset. */
  readonly catalog: string | undefined;
  readonly dpo: boolean;
  readonly progress: boolean;
}

export const leanExtra = 3;

/** Most worker threads used unless asked: past this, more cores mostly add memory. */
const maxDefaultWorkers = 8;

/**
 * Worker threads when `--workers` is not given: one per core but one (the
 * main thread writes), at least 1 and at most 8. The count changes speed
 * and memory only, never the output.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(maxDefaultWorkers, cores - 1));
}

/**
 * The most episodes --n (and --eval) may ask for. The near-duplicate table
 * keeps about 25 bytes per record and a typed array holds at most 2^32
 * slots, so a run of more than a few billion cannot finish; a billion is
 * also more than one machine plays in a month (shard bigger corpora).
 */
export const maxEpisodes = 1_000_000_000;

export const generateHelp = `forge generate --n N --eval M --seed S --out DIR [options]

Plays N episodes in the gym with the expert, narrates and validates each, and
writes DIR/{train,valid,test,eval}.jsonl (forge.trajectory/1), rejects.jsonl,
stats.json, samples.md, manifest.json and one folder per --format.

  --n N                 training episodes, split by --split (default 1000, at most 10^9)
  --eval M              held-out eval episodes from a separate seed range (default 100, at most 10^9)
  --seed S              global seed, 0..900000 (default 0)
  --out DIR             output folder (default out)
  --split T/V/E         train/valid/test percentages adding up to 100, or fractions
                        adding up to 1 (default 90/5/5)
  --catalog FILE        tool catalog (JSON array or MCP tools/list body; default: built-in toolkit)
  --format LIST         comma list of ${exportFormatNames.join(', ')}, or all
                        (canonical is always written; naming it is allowed)
  --template FILE       also render every record through a chat template (tokenizer_config.json or .jinja) into template/
  --per-turn            mlx: one example per assistant turn (for --mask-prompt)
  --dpo                 trl: also write preference pairs (expert step vs a corrupted step)
  --offered K           tools offered per record: used + seeded distractors (default 12)
  --lean                offer only the tools used plus ${leanExtra} distractors
  --system-prompt S     full | compact policy preamble (default full)
  --held-out-packs      draw eval episodes from held-out app packs only
  --injections MODE     seeded | none (default seeded)
  --max-steps N         step budget per episode (default 60)
  --context-limit N     context length for the token report in stats.json, 256..10000000
                        (default 8192)
  --samples N           trajectories rendered into samples.md (default 6)
  --workers W           worker threads that play episodes (default ${defaultWorkers()} here: one per
                        core but one, 1 to 8; 0 plays them on the main thread);
                        output is identical for any W
  --shard i/k           generate shard i (0 to k-1) of k into DIR/shard-i-of-k; --shard /k (or
                        FORGE_SHARD_COUNT=k) takes i from JOB_COMPLETION_INDEX or
                        SLURM_ARRAY_TASK_ID; join with forge merge
  --no-progress         no progress output
`;

function integer(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  // Decimal digits only: Number() reads "" and " " as 0 and takes "0x10" or
  // "1e3", so `--n=` would silently generate nothing.
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw usageError(`--${name} must be an integer in [${min}, ${max}], got "${text}"`);
  }
  return value;
}

/**
 * `--n -5` as `--n=-5`: parseArgs takes a value that starts with a dash for
 * an option of its own and calls the flag "ambiguous", where the range
 * check below has a clearer thing to say about a negative number.
 */
function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (/^--[a-z][a-z-]*$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

/** Reads `forge generate` arguments; every problem is a one-line usage error. */
export function parseGenerateArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): GenerateOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(args),
    allowPositionals: true,
    strict: true,
    options: {
      n: { type: 'string' },
      eval: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      format: { type: 'string', multiple: true },
      shard: { type: 'string' },
      split: { type: 'string' },
      offered: { type: 'string' },
      lean: { type: 'boolean', default: false },
      'system-prompt': { type: 'string' },
      'per-turn': { type: 'boolean', default: false },
      'context-limit': { type: 'string' },
      'held-out-packs': { type: 'boolean', default: false },
      injections: { type: 'string' },
      'max-steps': { type: 'string' },
      samples: { type: 'string' },
      template: { type: 'string' },
      catalog: { type: 'string' },
      dpo: { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"`);
  const typed = (values.format ?? [])
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter((f) => f !== '');
  // `--format=` or `--format ,` (an unset variable in a script) named no
  // format and wrote only the canonical files, without a word.
  if (values.format !== undefined && typed.length === 0)
    throw usageError(
      `--format names no format; choose from ${exportFormatNames.join(', ')} or all, or leave it out for canonical files only`,
    );
  // 'canonical' names the files every run writes, so listing it is allowed
  // and changes nothing; 'all' is every trainer format.
  const formats = typed.includes('all')
    ? [...exportFormatNames]
    : typed.filter((f) => f !== 'canonical');
  const unknown = typed.filter(
    (f) =>
      f !== 'all' && f !== 'canonical' && !(exportFormatNames as readonly string[]).includes(f),
  );
  if (unknown.length > 0)
    throw usageError(
      `unknown --format ${unknown.join(', ')}; choose from ${exportFormatNames.join(', ')} or all (canonical is always written)`,
    );
  const style = values['system-prompt'] ?? 'full';
  if (!(systemPromptStyles as readonly string[]).includes(style))
    throw usageError(`--system-prompt must be full or compact, got "${style}"`);
  const injections = values.injections ?? 'seeded';
  if (injections !== 'seeded' && injections !== 'none')
    throw usageError(`--injections must be seeded or none, got "${injections}"`);
  if (values.dpo && !formats.includes('trl'))
    throw usageError('--dpo writes TRL preference pairs: add --format trl');
  // Flags that would silently do nothing are refused, like --dpo without trl.
  if (values['per-turn'] && !formats.includes('mlx'))
    throw usageError('--per-turn shapes the mlx examples: add --format mlx');
  if (values.lean && values.offered !== undefined)
    throw usageError(
      `--lean offers the used tools plus ${leanExtra}, so --offered would be ignored: pass one of them`,
    );
  const n = integer('n', values.n, 1000, 0, maxEpisodes);
  const evalCount = integer('eval', values.eval, 100, 0, maxEpisodes);
  if (values['held-out-packs'] && evalCount === 0)
    throw usageError('--held-out-packs draws the eval episodes: with --eval 0 there are none');
  // A run of no episodes wrote empty files and exited 0: a dataset that
  // looks made but holds nothing (a typo, or a variable that expanded to 0).
  if (n === 0 && evalCount === 0)
    throw usageError('--n 0 and --eval 0 ask for no episodes: nothing to generate');
  // An empty name is no folder: the error further on named no location.
  if (values.out === '') throw usageError('--out must name a folder, got ""');
  return {
    n,
    evalCount,
    seed: integer('seed', values.seed, 0, 0, 900_000),
    out: values.out ?? 'out',
    workers: integer('workers', values.workers, defaultWorkers(), 0, 256),
    // In the order exportFormatNames lists them, not as typed: the list is
    // part of the dataset's arguments (manifest, shard.json), and the order
    // changes no file.
    formats: exportFormatNames.filter((name) => formats.includes(name)),
    shard: resolveShard(values.shard, env),
    ratios:
      values.split === undefined
        ? { train: 0.9, valid: 0.05, test: 0.05 }
        : parseRatios(values.split),
    offered: integer('offered', values.offered, 12, 1, 1000),
    offeredAsked: values.offered !== undefined,
    lean: values.lean,
    systemPrompt: style as SystemPromptStyle,
    perTurn: values['per-turn'],
    // Ten million tokens is past any model's window; the bound keeps the
    // error's range readable instead of printing 2^53.
    contextLimit: integer('context-limit', values['context-limit'], 8192, 256, 10_000_000),
    heldOutPacks: values['held-out-packs'],
    injections,
    maxSteps: integer('max-steps', values['max-steps'], defaultMaxSteps, 1, 10_000),
    samples: integer('samples', values.samples, 6, 0, 1000),
    template: values.template,
    catalog: values.catalog,
    dpo: values.dpo,
    progress: !values['no-progress'],
  };
}
