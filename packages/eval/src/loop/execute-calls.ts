import type { Env, HistoryStep, Message, Task, ToolCall, ToolResult, ToolSpec } from '@forge/spec';
import type { CallGate } from '../gates/call-gate.js';
import { touchesElement } from '../gates/element-touch.js';
import type { CallVerdict } from './episode-result.js';

/** Where the calls of one turn run: the gates and the transcript to extend. */
export interface ExecuteContext {
  readonly gates: readonly CallGate[];
  readonly task: Task;
  readonly tools: readonly ToolSpec[];
  /** Completed steps; not modified. */
  readonly history: readonly HistoryStep[];
  /** The transcript; tool messages are appended to it. */
  readonly messages: Message[];
}

/**
 * Judges and runs one turn's calls in order. A call the schema gate refuses
 * never reaches the env: it gets an error result, as an MCP server that
 * validates input would answer, and the model sees that error.
 *
 * Every call that touches one element (see `touchesElement`) gets a
 * `grounded` verdict, refused ones too: the aim was the model's either way.
 * Without a gate named `grounding` nothing judged the touches, so none gets
 * a verdict and the grounded rate reads n/a instead of a false 100%.
 */
export function executeCalls(
  env: Env,
  calls: readonly ToolCall[],
  context: ExecuteContext,
): {
  readonly results: ToolResult[];
  readonly verdicts: CallVerdict[];
  readonly terminated: boolean;
  readonly truncated: boolean;
} {
  const results: ToolResult[] = [];
  const verdicts: CallVerdict[] = [];
  let terminated = false;
  let truncated = false;
  const judgesGrounding = context.gates.some((gate) => gate.name === 'grounding');
  for (const [i, call] of calls.entries()) {
    const history = [...context.history, { calls: calls.slice(0, i), results: [...results] }];
    const checkContext = { ...context, catalog: env.catalog, history, messages: context.messages };
    const violations = context.gates.flatMap((gate) => gate.checkCall(call, checkContext));
    const schemaIssues = violations.filter((v) => v.gate === 'schema');
    const isTouch = judgesGrounding && touchesElement(call, env.catalog);
    let result: ToolResult;
    if (schemaIssues.length > 0) {
      result = {
        text: `Error: invalid arguments: ${schemaIssues.map((v) => v.message).join('; ')}`,
        isError: true,
      };
    } else {
      const step = env.step(call);
      result = step.result;
      terminated ||= step.terminated;
      truncated ||= step.truncated;
    }
    results.push(result);
    context.messages.push({
      role: 'tool',
      toolCallId: call.id,
      name: call.name,
      content: result.text,
      ...(result.isError ? { isError: true } : {}),
    });
    verdicts.push({
      callId: call.id,
      name: call.name,
      executed: schemaIssues.length === 0,
      violations,
      ...(isTouch ? { grounded: !violations.some((v) => v.gate === 'grounding') } : {}),
    });
    if (terminated || truncated) break;
  }
  return { results, verdicts, terminated, truncated };
}
