/**
 * Shared by the React Native runtime strategies: reading the JS-runtime
 * tools' own results back from the history, keeping the debugger connected
 * (connect before any debugger tool, recover after a drop), and the seeded
 * choices between equally valid orders.
 */
import { deriveSeed } from '@forge/gym';
import type { JsonObject, PolicyAction, ToolCall, ToolResult } from '@forge/spec';
import { callAction, callsAction, type IntentDetail, onRuntime } from '../core/actions.js';
import { jsonOf } from '../core/observations.js';
import type { ExpertView } from '../core/view.js';
import type { SubGoal } from './strategy.js';

/** One call of the history with its result and position. */
export interface SeenCall {
  readonly call: ToolCall;
  readonly result: ToolResult;
  /** Index of the history step that made it. */
  readonly step: number;
  /** Position among all calls of the episode (0-based). */
  readonly index: number;
}

/** The latest call matching `match`, or undefined. */
export function lastCall(
  view: ExpertView,
  match: (call: ToolCall, result: ToolResult, index: number) => boolean,
): SeenCall | undefined {
  // Walk backwards: the calls a plan asks about are nearly always recent.
  let index = view.state.calls;
  for (let s = view.history.length - 1; s >= 0; s -= 1) {
    const step = view.history[s];
    if (!step) continue;
    for (let i = step.calls.length - 1; i >= 0; i -= 1) {
      index -= 1;
      const call = step.calls[i];
      const result = step.results[i];
      if (call && result && match(call, result, index)) return { call, result, step: s, index };
    }
  }
  return undefined;
}

/** The latest successful call of `tool` (whose arguments pass `args`, when given). */
export function lastOk(
  view: ExpertView,
  tool: string,
  args: (a: JsonObject) => boolean = () => true,
): SeenCall | undefined {
  return lastCall(view, (c, r) => c.name === tool && !r.isError && args(c.arguments));
}

/** Position of a call, -1 when there is none (so "after" comparisons read naturally). */
export function at(call: SeenCall | undefined): number {
  return call?.index ?? -1;
}

/** A successful JSON result's fields. */
export function jsonResult(call: SeenCall | undefined): Record<string, unknown> | undefined {
  return call ? jsonOf(call.result) : undefined;
}

/** The errors that say the debugger is not (or no longer) connected. */
export const dropPattern = /Debugger connection lost|Not connected to the JS runtime/;

/** The latest error saying the debugger is not (or no longer) connected. */
function lastDrop(view: ExpertView): SeenCall | undefined {
  return lastCall(view, (_, r) => r.isError && dropPattern.test(r.text));
}

/** The debugger was connected and nothing since said the connection is gone. */
export function connected(view: ExpertView): boolean {
  const connect = at(lastOk(view, 'debugger-connect'));
  return connect >= 0 && connect > at(lastDrop(view));
}

/**
 * After a drop (rule: check the status, connect again): debugger-status
 * first when the episode's choice says so and it was not checked since the
 * drop, then debugger-connect. Undefined when no drop is pending.
 */
export function recoverDebugger(view: ExpertView): PolicyAction | undefined {
  const drop = lastDrop(view);
  if (!drop || at(lastOk(view, 'debugger-connect')) > drop.index) return undefined;
  const checked = at(lastOk(view, 'debugger-status')) > drop.index;
  if (view.choices.statusBeforeReconnect && !checked)
    return callAction(view, 'debugger-status', onRuntime(view), 'recover-debugger');
  return callAction(view, 'debugger-connect', onRuntime(view), 'recover-debugger');
}

/** A planned JS-runtime call: device id and Metro port are added. */
export interface RuntimeCall {
  readonly name: string;
  readonly args?: JsonObject;
  /** A native-trace tool: it takes the device id only and needs no debugger. */
  readonly trace?: boolean;
}

/**
 * The calls, once the debugger is connected when any of them needs it (a
 * pending drop is recovered first). Several calls go in one step: they are
 * independent and start or stop together.
 */
export function runtimeCalls(
  view: ExpertView,
  calls: readonly RuntimeCall[],
  kind: string,
  detail?: IntentDetail,
): PolicyAction {
  const needs = calls.some((c) => c.trace !== true);
  if (needs) {
    const recover = recoverDebugger(view);
    if (recover) return recover;
    if (!connected(view))
      return callAction(view, 'debugger-connect', onRuntime(view), 'connect-debugger');
  }
  return callsAction(
    view,
    calls.map((c) => ({
      name: c.name,
      args: c.trace === true ? { device_id: view.udid, ...c.args } : onRuntime(view, c.args),
    })),
    kind,
    detail,
  );
}

/** One JS-runtime call (see `runtimeCalls`). */
export function runtimeCall(
  view: ExpertView,
  name: string,
  args: JsonObject,
  kind: string,
  detail?: IntentDetail,
): PolicyAction {
  return runtimeCalls(view, [{ name, args }], kind, detail);
}

/** A choice among `n` options, fixed for the episode (its task id holds the seed) and varied between episodes. */
export function pick(view: ExpertView, key: string, n: number): number {
  return deriveSeed(view.task.id, 'runtime-strategy', key) % n;
}

/** `items` in an order drawn for the episode. */
export function shuffled<T>(view: ExpertView, key: string, items: readonly T[]): T[] {
  const rest = [...items];
  const out: T[] = [];
  while (rest.length > 0)
    out.push(...rest.splice(pick(view, `${key}:${out.length}`, rest.length), 1));
  return out;
}

const screenless = new WeakSet<SubGoal>();

/** Marks a goal that only reads or drives the runtime: it needs no fresh reading of the screen. */
export function offScreen<T extends SubGoal>(goal: T): T {
  screenless.add(goal);
  return goal;
}

/**
 * The runtime strategies' follow-up: recover a dropped debugger first; and
 * when the pending goal is off-screen, take it at once, without the guards
 * re-reading a screen that the profiler or session tools did not change.
 * The guards still run first while the app is unopened, crashed, or behind
 * a dialog.
 */
export function runtimeFollowUp(goals: readonly SubGoal[]) {
  return (view: ExpertView): PolicyAction | undefined => {
    const recover = recoverDebugger(view);
    if (recover) return recover;
    const s = view.state;
    if (
      s.crashed ||
      s.launches === 0 ||
      !s.seen?.inApp ||
      s.seen.dialog !== undefined ||
      s.seen.prompt
    )
      return undefined;
    const goal = goals.find((g) => !g.done(view));
    return goal && screenless.has(goal) ? goal.next(view) : undefined;
  };
}

/** A goal that is one JS-runtime call, done once a call of `tool` passing `ok` succeeded. */
export function runtimeGoal(
  tool: string,
  args: (view: ExpertView) => JsonObject,
  kind: string,
  ok: (view: ExpertView, call: SeenCall) => boolean = () => true,
): SubGoal {
  return {
    name: tool,
    done: (view) => {
      const call = lastOk(view, tool);
      return call !== undefined && ok(view, call);
    },
    next: (view) => runtimeCall(view, tool, args(view), kind),
  };
}
