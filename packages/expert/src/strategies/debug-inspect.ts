/** debug-inspect: find the source of the React Native component behind an element. */
import { parseInspection } from '@forge/gym';
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

/** The latest inspection, parsed, when it showed the target. */
function inspected(view: ExpertView) {
  const last = lastOk(view, 'debugger-inspect-element');
  if (!last) return undefined;
  const parsed = parseInspection(last.result.text);
  const el = parsed.success ? parsed.value.element : undefined;
  return el?.testID === target(view) ? { call: last, element: el } : undefined;
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
    // The first stack entry is the component itself.
    const own = inspected(view)?.element.stack[0];
    return own ? { component: own.name, source: own.source } : {};
  },
};
