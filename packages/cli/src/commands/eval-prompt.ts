import type { DatasetSeeds } from '@forge/eval';
import {
  type SystemPromptStyle,
  systemPrompt,
  systemPromptStyles,
  type Task,
  type ToolSpec,
} from '@forge/spec';
import { offeredTools } from '../generate/offered-tools.js';
import { leanExtra } from '../generate/options.js';
import { usageError } from '../usage-error.js';

/** The prompt a model is evaluated with: the system prompt and the tool list per episode. */
export interface EvalPrompt {
  readonly systemPrompt: (task: Task, tools: readonly ToolSpec[]) => string;
  /** Undefined offers every tool. */
  readonly offer?: (
    tools: readonly ToolSpec[],
    seed: number,
    used: ReadonlySet<string>,
  ) => readonly ToolSpec[];
  /** What results.json records (and the resume hash covers). */
  readonly config: {
    readonly systemPrompt: SystemPromptStyle;
    /** A tool count, `all`, or `lean` (used tools plus a few distractors, as `generate --lean`). */
    readonly offered: number | 'all' | 'lean';
  };
}

/**
 * A model must be scored on the prompt it was trained on: the same system
 * prompt and a tool list of the same size, built the way `forge generate`
 * builds it (the tools the task needs, here the ones the expert uses on the
 * seed, plus seeded distractors, in catalog order). With `--data` both
 * default to the dataset manifest's `args`; without it, the full prompt and
 * every tool.
 */
export function evalPrompt(
  flags: { readonly systemPrompt?: string | undefined; readonly offered?: string | undefined },
  dataset: DatasetSeeds | undefined,
): EvalPrompt {
  const style = flags.systemPrompt ?? dataset?.prompt.systemPrompt ?? 'full';
  if (!(systemPromptStyles as readonly string[]).includes(style))
    throw usageError(
      `--system-prompt must be one of ${systemPromptStyles.join(', ')}, got "${style}"`,
    );
  const text = systemPrompt(style as SystemPromptStyle);
  const offered = flags.offered ?? dataset?.prompt.offered?.toString() ?? 'all';
  const lean = flags.offered === undefined && dataset?.prompt.lean === true;
  let count: number | 'all' = 'all';
  if (offered !== 'all') {
    count = Number(offered);
    if (!Number.isSafeInteger(count) || count < 1)
      throw usageError(`--offered must be a whole number >= 1 or "all", got "${offered}"`);
  }
  const config = {
    systemPrompt: style as SystemPromptStyle,
    offered: lean ? ('lean' as const) : count,
  };
  if (count === 'all' && !lean) return { systemPrompt: () => text, config };
  const want = count === 'all' ? 0 : count;
  return {
    systemPrompt: () => text,
    offer: (tools, seed, used) =>
      offeredTools({ names: tools.map((t) => t.name), tools }, used, seed, {
        count: want,
        lean,
        extra: leanExtra,
      }),
    config,
  };
}
