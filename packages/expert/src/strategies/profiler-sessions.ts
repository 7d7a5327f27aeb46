/** profiler-sessions: list saved profiling sessions, load the wanted React one, check it, query its CPU data. */
import type { JsonObject } from '@forge/spec';
import type { ExpertView } from '../core/view.js';
import {
  at,
  jsonResult,
  lastOk,
  offScreen,
  pick,
  runtimeCall,
  runtimeFollowUp,
} from './runtime-calls.js';
import type { Strategy, SubGoal } from './strategy.js';

interface Listed {
  readonly id: string;
  readonly kind: string;
  readonly app: string;
  readonly createdMs: number;
}

const listCall = (view: ExpertView) => lastOk(view, 'profiler-load', (a) => a.mode === 'list');

/**
 * The session to load: the one the user named, else the most recent React
 * session of this app in the list (read from the observation).
 */
function wanted(view: ExpertView): string | undefined {
  const named = view.task.params.session;
  if (typeof named === 'string') return named;
  const sessions = jsonResult(listCall(view))?.sessions;
  if (!Array.isArray(sessions)) return undefined;
  const mine = (sessions as Listed[])
    .filter((s) => s.kind === 'react' && s.app === view.appId)
    .sort((a, b) => b.createdMs - a.createdMs);
  return mine[0]?.id;
}

const loadCall = (view: ExpertView) =>
  lastOk(view, 'profiler-load', (a) => a.mode === 'load_react' && a.session_id === wanted(view));

const list: SubGoal = offScreen({
  name: 'list',
  done: (view) => listCall(view) !== undefined,
  next: (view) => runtimeCall(view, 'profiler-load', { mode: 'list' }, 'list-sessions'),
});

const load: SubGoal = offScreen({
  name: 'load',
  done: (view) => loadCall(view) !== undefined,
  next: (view) =>
    runtimeCall(
      view,
      'profiler-load',
      { mode: 'load_react', session_id: wanted(view) ?? '' },
      'load-session',
    ),
});

/** A goal done once `tool` succeeded after the session was loaded. */
function afterLoad(tool: string, args: (view: ExpertView) => JsonObject, kind: string): SubGoal {
  return offScreen({
    name: tool,
    done: (view) => at(lastOk(view, tool)) > at(loadCall(view)),
    next: (view) => runtimeCall(view, tool, args(view), kind),
  });
}

/** The profiler's state after loading: which session the tools now read. */
const status = afterLoad('react-profiler-status', () => ({}), 'profiler-status');

const query = afterLoad(
  'profiler-cpu-query',
  (view) => ({ mode: 'top_functions', top_n: [5, 10][pick(view, 'top-n', 2)] ?? 5 }),
  'query-cpu',
);

const goals = [list, load, status, query];

/** List, load, check the status, then query the top CPU functions. */
export const profilerSessionsStrategy: Strategy = {
  family: 'profiler-sessions',
  followUp: runtimeFollowUp(goals),
  goals,
  facts(view) {
    const loaded = jsonResult(loadCall(view));
    if (typeof loaded?.sessionId !== 'string') return {};
    const results = jsonResult(lastOk(view, 'profiler-cpu-query'))?.results;
    const top = Array.isArray(results)
      ? (results[0] as Record<string, unknown> | undefined)
      : undefined;
    return typeof top?.function === 'string'
      ? { session: loaded.sessionId, topFunction: top.function, selfMs: Number(top.selfMs) }
      : { session: loaded.sessionId };
  },
};
