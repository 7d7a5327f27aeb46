/**
 * Reading a tool's own replies back from the history (a screenshot's path,
 * a tab list, a flow's progress): the screen group's plans act on what these
 * returned, never on privileged data.
 */
import type { JsonObject, ToolCall, ToolResult } from '@forge/spec';
import { jsonOf } from '../core/observations.js';
import type { ExpertView } from '../core/view.js';

/** One call the history made, with its result and the index of its step. */
export interface MadeCall {
  readonly call: ToolCall;
  readonly result: ToolResult;
  readonly step: number;
}

/** Every call of the history, in order (a step's calls in their order). */
export function madeCalls(view: ExpertView): MadeCall[] {
  const out: MadeCall[] = [];
  view.history.forEach((step, index) => {
    step.calls.forEach((call, i) => {
      const result = step.results[i];
      if (result) out.push({ call, result, step: index });
    });
  });
  return out;
}

/** The latest successful call of `tool` whose arguments pass `test`, if any. */
export function lastSuccess(
  view: ExpertView,
  tool: string,
  test: (args: JsonObject) => boolean = () => true,
): MadeCall | undefined {
  const calls = madeCalls(view);
  for (let i = calls.length - 1; i >= 0; i -= 1) {
    const c = calls[i] as MadeCall;
    if (c.call.name === tool && !c.result.isError && test(c.call.arguments)) return c;
  }
  return undefined;
}

/** The JSON object a call returned (undefined for text or errors). */
export function outputOf(
  made: MadeCall | undefined,
): Readonly<Record<string, unknown>> | undefined {
  return made ? jsonOf(made.result) : undefined;
}

/** Calls made at or after history step `from`. */
export function callsSince(view: ExpertView, from: number): MadeCall[] {
  return madeCalls(view).filter((c) => c.step >= from);
}

/** A text task param ('' when absent). */
export function param(view: ExpertView, key: string): string {
  const v = view.task.params[key];
  return v === undefined || v === null ? '' : String(v);
}
