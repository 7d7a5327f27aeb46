/**
 * profile-performance (rule 11): start the React and native profilers
 * together on the screen before the interaction, perform it, stop both,
 * analyze both, build the combined report, then drill down.
 */
import type { PolicyAction } from '@forge/spec';
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { reachGoal } from './goals.js';
import { drillGoals, hotspot } from './profiler-drill.js';
import {
  at,
  dropPattern,
  jsonResult,
  lastCall,
  lastOk,
  offScreen,
  pick,
  type RuntimeCall,
  runtimeCalls,
  runtimeFollowUp,
} from './runtime-calls.js';
import { arrivedBy } from './screen-path.js';
import type { Strategy, SubGoal } from './strategy.js';

const fromPath = (view: ExpertView): readonly string[] => privilegedList(view, 'path').slice(0, -1);
const interaction = (view: ExpertView): string => privilegedString(view, 'interactionId') ?? '';
const root = (view: ExpertView): string => privilegedString(view, 'projectRoot') ?? '';

const last = (tool: string) => (view: ExpertView) => lastOk(view, tool);
const reactStart = last('react-profiler-start');
const nativeStart = last('native-profiler-start');
const reactStop = last('react-profiler-stop');
const nativeStop = last('native-profiler-stop');
const reactReport = last('react-profiler-analyze');
const nativeReport = last('native-profiler-analyze');
const combined = last('profiler-combined-report');

/** A step done in both profilers: one call each, each after its own previous step. */
interface Pair {
  readonly react: (view: ExpertView) => boolean;
  readonly native: (view: ExpertView) => boolean;
}

/** Both calls of a pair that are still missing, in one step, in the episode's order. */
function pairAction(
  view: ExpertView,
  pair: Pair,
  react: RuntimeCall,
  native: RuntimeCall,
  kind: string,
): PolicyAction {
  const calls: RuntimeCall[] = [];
  if (!pair.react(view)) calls.push(react);
  if (!pair.native(view)) calls.push(native);
  if (pick(view, 'native-first', 2) === 0) calls.reverse();
  return runtimeCalls(view, calls, kind);
}

const started: Pair = {
  react: (view) => reactStart(view) !== undefined,
  native: (view) => nativeStart(view) !== undefined,
};
const stopped: Pair = {
  react: (view) => at(reactStop(view)) > at(reactStart(view)) && started.react(view),
  native: (view) => at(nativeStop(view)) > at(nativeStart(view)) && started.native(view),
};
const analyzed: Pair = {
  react: (view) => at(reactReport(view)) > at(reactStop(view)) && stopped.react(view),
  native: (view) => at(nativeReport(view)) > at(nativeStop(view)) && stopped.native(view),
};
const both = (pair: Pair) => (view: ExpertView) => pair.react(view) && pair.native(view);

const start: SubGoal = {
  name: 'start',
  done: both(started),
  next: (view) =>
    pairAction(
      view,
      started,
      { name: 'react-profiler-start' },
      { name: 'native-profiler-start', args: { app_process: view.appId }, trace: true },
      'start-profiling',
    ),
};

/**
 * Tap the interaction from a discovery made after the start, until its
 * screen shows; after a crash or a wrong screen, walk back to it first.
 */
const interact: SubGoal = {
  name: 'interact',
  done: (view) => arrivedBy(view, interaction(view), String(view.task.params.screen ?? '')),
  next(view) {
    const moved = reach(view, fromPath(view), [interaction(view)]);
    if (moved) return moved;
    const el = view.state.seen?.byId.get(interaction(view));
    return el ? tap(view, el) : discover(view);
  },
};

/**
 * The position of the latest interruption while the React profiler
 * recorded (the debugger dropped, or the app was relaunched), else -1.
 */
function interruption(view: ExpertView): number {
  const since = at(reactStart(view));
  const stopped = at(reactStop(view));
  const until = stopped > since ? stopped : Number.POSITIVE_INFINITY;
  if (since < 0) return -1;
  const hit = lastCall(view, (c, r, index) => {
    if (index <= since || index >= until) return false;
    const relaunch = !r.isError && (c.name === 'launch-app' || c.name === 'restart-app');
    return relaunch || (r.isError && dropPattern.test(r.text));
  });
  return at(hit);
}

/** After an interruption (rule 11), ask the React profiler whether it is still recording. */
const checkStatus: SubGoal = offScreen({
  name: 'status',
  done: (view) =>
    interruption(view) < 0 || at(lastOk(view, 'react-profiler-status')) > interruption(view),
  next: (view) => runtimeCalls(view, [{ name: 'react-profiler-status' }], 'profiler-status'),
});

const stop: SubGoal = offScreen({
  name: 'stop',
  done: both(stopped),
  next: (view) =>
    pairAction(
      view,
      stopped,
      { name: 'react-profiler-stop' },
      { name: 'native-profiler-stop', trace: true },
      'stop-profiling',
    ),
});

const analyze: SubGoal = offScreen({
  name: 'analyze',
  done: both(analyzed),
  next: (view) =>
    pairAction(
      view,
      analyzed,
      {
        name: 'react-profiler-analyze',
        args: { project_root: root(view), platform: view.platform },
      },
      { name: 'native-profiler-analyze', trace: true },
      'analyze-profile',
    ),
});

const report: SubGoal = offScreen({
  name: 'combined-report',
  done: (view) =>
    both(analyzed)(view) &&
    at(combined(view)) > Math.max(at(reactReport(view)), at(nativeReport(view))),
  next: (view) => runtimeCalls(view, [{ name: 'profiler-combined-report' }], 'combine-reports'),
});

const goals: SubGoal[] = [
  reachGoal(fromPath, (view) => [interaction(view)], both(started)),
  start,
  interact,
  checkStatus,
  stop,
  analyze,
  report,
  ...drillGoals(combined, root).map(offScreen),
];

/** The whole profiling session; the answer names the hotspot the analysis found. */
export const profilePerformanceStrategy: Strategy = {
  family: 'profile-performance',
  followUp: runtimeFollowUp(goals),
  goals,
  facts(view) {
    // Only once the commits attributed the renders to the interaction.
    const hot = lastOk(view, 'profiler-commit-query') ? hotspot(view) : undefined;
    if (!hot) return {};
    const src = jsonResult(lastOk(view, 'react-profiler-component-source'));
    // File and line as react-profiler-component-source printed them, not joined into a
    // "file:line" string that no observation shows.
    const where =
      typeof src?.file === 'string'
        ? { source: src.file, ...(typeof src.line === 'number' ? { line: src.line } : {}) }
        : {};
    return { hotspot: hot.component, function: hot.functionName, selfMs: hot.selfMs, ...where };
  },
};
