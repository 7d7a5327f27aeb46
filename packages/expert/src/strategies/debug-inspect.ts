/** debug-inspect: find the source of the React Native component behind an element. */
import type { PolicyAction } from '@forge/spec';
import { discover } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { reachGoal } from './goals.js';
import {
  lastCall,
  lastOk,
  pick,
  recoverDebugger,
  runtimeCalls,
  runtimeGoal,
} from './runtime-calls.js';
import type { Strategy, SubGoal } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const path = (view: ExpertView): readonly string[] => privilegedList(view, 'path');

/** Runtime facts worth checking before inspecting: a dev build resolves source maps. */
const expressions = ['__DEV__', 'Platform.OS', 'Platform.constants.reactNativeVersion'];

/** The latest inspection, when it showed the target (its testID is in the first line). */
function inspected(view: ExpertView) {
  const last = lastOk(view, 'debugger-inspect-element');
  return last?.result.text.split('\n')[0]?.includes(`[testID=${target(view)}]`) ? last : undefined;
}

/** Connect, then confirm the connection with debugger-status. */
const status: SubGoal = {
  name: 'status',
  done: (view) => lastOk(view, 'debugger-status') !== undefined,
  next: (view) => runtimeCalls(view, [{ name: 'debugger-status' }], 'check-debugger'),
};

const evaluate = runtimeGoal(
  'debugger-evaluate',
  (view) => ({
    expression: expressions[pick(view, 'expression', expressions.length)] ?? '__DEV__',
  }),
  'evaluate',
);

/**
 * Read the screen again after evaluating: running code in the app may
 * change what it shows, so no tap relies on a discovery from before it.
 */
const rediscover: SubGoal = {
  name: 'rediscover',
  done: (view) => view.state.seenStep > (lastOk(view, 'debugger-evaluate')?.step ?? -1),
  next: (view) => discover(view),
};

/**
 * Inspect at the target's tap point from the current discovery; if the
 * inspection showed another element (content moved), read the screen again first.
 */
const inspect: SubGoal = {
  name: 'inspect',
  done: (view) => inspected(view) !== undefined,
  next(view): PolicyAction {
    const s = view.state;
    const last = lastCall(view, (c) => c.name === 'debugger-inspect-element');
    if (last && last.step > s.seenStep) return discover(view);
    const el = s.seen?.byId.get(target(view));
    if (!el || !s.fresh) return reach(view, path(view), [target(view)]) ?? discover(view);
    return runtimeCalls(
      view,
      [{ name: 'debugger-inspect-element', args: { x: el.tap.x, y: el.tap.y } }],
      'inspect-element',
      { label: el.label, target: target(view), x: el.tap.x, y: el.tap.y },
    );
  },
};

/** Check the runtime, reach the element's screen, inspect at its point. */
export const debugInspectStrategy: Strategy = {
  family: 'debug-inspect',
  followUp: recoverDebugger,
  goals: [
    status,
    evaluate,
    rediscover,
    reachGoal(
      path,
      (view) => [target(view)],
      (view) => inspected(view) !== undefined,
    ),
    inspect,
  ],
  facts(view) {
    const lines = inspected(view)?.result.text.split('\n') ?? [];
    // The first stack entry is the component itself: `  Name  file:line`.
    const [component, source] = (lines[2] ?? '').trim().split(/\s{2,}/);
    return component && source ? { component, source } : {};
  },
};
