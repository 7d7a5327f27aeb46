import type { Env, HistoryStep, Message, Policy, Task, ToolResult, ToolSpec } from '@forge/spec';
import type { CallGate } from '../gates/call-gate.js';
import type { PolicyUnderTest, TurnContext } from '../policy-under-test.js';
import type { EpisodeEnd, EpisodeResult, EpisodeSpec, TurnLog } from './episode-result.js';
import { executeCalls } from './execute-calls.js';
import { actionType, askReference, compareWithReference } from './reference-probe.js';
import { referenceRollout } from './reference-rollout.js';
import { summarizeTurns } from './summarize-turns.js';

/** How one episode is played and judged. */
export interface EpisodeOptions {
  readonly policy: PolicyUnderTest;
  /** The reference (the expert) asked at every turn; none skips the comparisons. */
  readonly reference?: Policy;
  readonly gates: readonly CallGate[];
  readonly systemPrompt: (task: Task, tools: readonly ToolSpec[]) => string;
  /**
   * The tools shown to the model, from all the env has, the seed, and the
   * tools the reference used on this seed (empty without a reference).
   * Default: every tool. `forge eval` offers what generate offered in the
   * dataset: the tools the task needs plus seeded distractors.
   */
  readonly offer?: (
    tools: readonly ToolSpec[],
    seed: number,
    referenceUsed: ReadonlySet<string>,
  ) => readonly ToolSpec[];
  /**
   * The user's first message for a seed. Default: the task's goal sentence.
   * `forge eval --data` passes the narrated request of the dataset's eval
   * record for the seed, the kind of request the model was trained on.
   */
  readonly request?: (seed: number, task: Task) => string;
  /**
   * How the env schedules failures at reset (default the env's, `seeded`).
   * `forge eval --data` passes the dataset's, so a dataset generated with
   * `--injections none` is scored on the same clean worlds.
   */
  readonly injections?: 'seeded' | 'none';
  /** Model turns before the episode is cut off. */
  readonly maxTurns: number;
  /** Consecutive unreadable replies before the episode is given up. */
  readonly maxFormatErrors: number;
  readonly signal?: AbortSignal;
}

const formatFeedback = (reason: string): string =>
  `Your last reply could not be read as tool calls (${reason}). Reply with valid tool calls, or with your final answer as plain text.`;

/**
 * Plays one held-out episode: the policy under test acts turn by turn, every
 * call is judged by the gates before it reaches the env, the reference is
 * asked what it would do from the same history, and the episode ends at a
 * final answer, the turn limit, a run of format errors or a dead endpoint.
 * Never throws for anything the model does.
 */
export async function runEpisode(
  env: Env,
  spec: EpisodeSpec,
  options: EpisodeOptions,
): Promise<EpisodeResult> {
  const started = performance.now();
  const reset = {
    seed: spec.seed,
    ...(spec.family === undefined ? {} : { family: spec.family }),
    ...(spec.platform === undefined ? {} : { platform: spec.platform }),
    ...(spec.pack === undefined ? {} : { pack: spec.pack }),
    ...(options.injections === undefined ? {} : { injections: options.injections }),
  };
  const baseline = options.reference
    ? referenceRollout(env, options.reference, reset, options.maxTurns)
    : undefined;
  const start = env.reset(reset);
  const { task } = start;
  const tools = options.offer
    ? options.offer(env.tools, spec.seed, baseline?.used ?? new Set())
    : env.tools;
  const messages: Message[] = [
    { role: 'system', content: options.systemPrompt(task, tools) },
    { role: 'user', content: options.request?.(spec.seed, task) ?? task.goal },
  ];
  const history: HistoryStep[] = [];
  const log: TurnLog[] = [];
  let end: EpisodeEnd = 'step-limit';
  let error: { code: string; message: string } | undefined;
  let formatRun = 0;
  const served = new Set<string>();
  for (let turn = 0; turn < options.maxTurns; turn += 1) {
    const context: TurnContext = {
      task,
      tools,
      seed: spec.seed,
      initialObservation: start.observation,
      history: [...history],
      messages: [...messages],
      sampleSeed: spec.sampleSeed,
      turn,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const expected = options.reference ? askReference(env, options.reference, context) : undefined;
    const reply = await options.policy.next(context);
    if (reply.kind === 'error') {
      log.push({ turn, kind: 'error', reason: `${reply.code}: ${reply.message}` });
      end = 'error';
      error = { code: reply.code, message: reply.message };
      break;
    }
    if (reply.raw?.model !== undefined) served.add(reply.raw.model);
    const action = reply.kind === 'action' ? reply.action : undefined;
    if (!action || (action.type === 'call' && action.calls.length === 0)) {
      const reason = reply.kind === 'format-error' ? reply.reason : 'a call turn without calls';
      const raw = reply.raw?.content ?? '';
      // An unreadable reply is a turn where the model did not do what the
      // reference would: a disagreement, or agreement would rise with every
      // turn a model wastes on broken output.
      const reference = expected ? { action: actionType(expected), agree: false } : undefined;
      log.push({ turn, kind: 'format-error', reason, raw, ...(reference ? { reference } : {}) });
      messages.push(
        { role: 'assistant', content: raw },
        { role: 'user', content: formatFeedback(reason) },
      );
      formatRun += 1;
      if (formatRun >= options.maxFormatErrors) {
        end = 'format-errors';
        break;
      }
      continue;
    }
    formatRun = 0;
    const reference = expected ? compareWithReference(action, expected, context) : undefined;
    const raw = reply.raw === undefined ? {} : { raw: reply.raw.content };
    if (action.type === 'final') {
      messages.push({ role: 'assistant', content: action.text ?? '' });
      log.push({ turn, kind: 'final', ...raw, ...(reference ? { reference } : {}) });
      end = 'final';
      break;
    }
    messages.push({ role: 'assistant', content: action.text ?? '', toolCalls: action.calls });
    const executed = executeCalls(env, action.calls, {
      gates: options.gates,
      task,
      tools,
      history,
      messages,
    });
    const results: ToolResult[] = executed.results;
    history.push({ calls: action.calls, results });
    log.push({
      turn,
      kind: 'calls',
      ...raw,
      verdicts: executed.verdicts,
      ...(reference ? { reference } : {}),
    });
    if (executed.terminated || executed.truncated) {
      end = executed.terminated ? 'terminated' : 'truncated';
      break;
    }
  }
  return {
    ...spec,
    taskId: task.id,
    family: task.family,
    platform: task.platform,
    pack: task.pack,
    injections: [...start.info.injections],
    success: env.isSuccess(),
    end,
    ...(error ? { error } : {}),
    ...summarizeTurns(log, baseline),
    ...(served.size > 0 ? { servedModels: [...served] } : {}),
    durationMs: Math.round(performance.now() - started),
    offered: tools.map((t) => t.name),
    messages,
    log,
  };
}
