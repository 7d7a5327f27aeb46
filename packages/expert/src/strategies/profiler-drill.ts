/**
 * The drill-down after a profiling report (rule 11): first the commits, to
 * tell which components rendered because of the interaction; then the other
 * query tools and two React summaries aimed at that hotspot; last its source.
 */
import { parseHotspotTable } from '@forge/gym';
import type { JsonObject } from '@forge/spec';
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import {
  at,
  jsonResult,
  lastOk,
  pick,
  runtimeCalls,
  type SeenCall,
  shuffled,
} from './runtime-calls.js';
import type { SubGoal } from './strategy.js';

/** One row of a report's hotspot table. */
export interface Hotspot {
  readonly component: string;
  readonly functionName: string;
  readonly selfMs: number;
}

/** The hotspot table of the React analysis report, heaviest first as the report sorts it. */
function reportRows(view: ExpertView): Hotspot[] {
  const report = lastOk(view, 'react-profiler-analyze');
  if (!report) return [];
  const rows = parseHotspotTable(report.result.text);
  if (!rows.success) return [];
  return rows.value.map((r) => ({
    component: r.component,
    functionName: r.functionName,
    selfMs: r.selfMs,
  }));
}

/**
 * Which components rendered in the interaction's commit (the last one: the
 * recording began on the screen before the interaction and ended on the one
 * it opened) and which in the commits before it.
 */
function commitComponents(view: ExpertView): { mine: string[]; before: string[] } | undefined {
  const commits = jsonResult(lastOk(view, 'profiler-commit-query'))?.commits;
  if (!Array.isArray(commits) || commits.length === 0) return undefined;
  const names = (c: unknown): string[] => {
    const list = (c as { components?: unknown }).components;
    return Array.isArray(list) ? list.map(String) : [];
  };
  return { mine: names(commits[commits.length - 1]), before: commits.slice(0, -1).flatMap(names) };
}

/**
 * The slowest work the interaction caused, once the commits are known: a
 * report row of a component that rendered only in the interaction's commit
 * (a component that also rendered before may owe its row to the earlier
 * screen), else of any component of that commit. Before the commits are
 * known, the report's top row (only the commit query's own arguments use it).
 */
export function hotspot(view: ExpertView): Hotspot | undefined {
  const rows = reportRows(view);
  const commits = commitComponents(view);
  if (commits === undefined) return rows[0];
  const { mine, before } = commits;
  return (
    rows.find((r) => mine.includes(r.component) && !before.includes(r.component)) ??
    rows.find((r) => mine.includes(r.component))
  );
}

/** One drill-down call: its tool and arguments for the hotspot (undefined: nothing to ask). */
interface Drill {
  readonly tool: string;
  /**
   * Where it runs: the JS runtime (device id, Metro port, a live debugger),
   * the native trace (device id only) or the host project (neither).
   */
  readonly on: 'runtime' | 'trace' | 'host';
  args(view: ExpertView, hot: Hotspot | undefined, root: string): JsonObject | undefined;
}

/** The whole recording's commits: its length is what react-profiler-stop reported. */
const commits: Drill = {
  tool: 'profiler-commit-query',
  on: 'runtime',
  args: (view) => {
    const duration = Number(jsonResult(lastOk(view, 'react-profiler-stop'))?.durationMs);
    return Number.isFinite(duration) && pick(view, 'commit-mode', 2) === 0
      ? { mode: 'by_time_range', time_range_ms: { start_ms: 0, end_ms: duration } }
      : { mode: 'by_index', commit_index: 0, top_n: 10 };
  },
};

const queries: readonly Drill[] = [
  {
    tool: 'profiler-cpu-query',
    on: 'runtime',
    args: (view, hot) => {
      const mode = hot ? pick(view, 'cpu-mode', 3) : 0;
      if (hot && mode === 1) return { mode: 'component_cpu', component_name: hot.component };
      if (hot && mode === 2)
        return { mode: 'call_tree', function_name: hot.functionName, include_callers: true };
      return { mode: 'top_functions', top_n: 5 };
    },
  },
  {
    tool: 'profiler-stack-query',
    on: 'trace',
    args: (view, hot) =>
      hot && pick(view, 'stack-mode', 2) === 1
        ? { mode: 'function_callers', function_name: hot.functionName }
        : { mode: 'hang_stacks', hang_index: 0 },
  },
];

const summaries: readonly Drill[] = [
  { tool: 'react-profiler-cpu-summary', on: 'runtime', args: () => ({ top_n: 5 }) },
  { tool: 'react-profiler-renders', on: 'runtime', args: () => ({ top_n: 5 }) },
  {
    tool: 'react-profiler-fiber-tree',
    on: 'runtime',
    args: (view, hot) =>
      hot && pick(view, 'fiber-filter', 2) === 0 ? { filter: hot.component } : { max_depth: 3 },
  },
];

/** The hotspot's source in the project: where a fix would go. */
const source: Drill = {
  tool: 'react-profiler-component-source',
  on: 'host',
  args: (_, hot, root) => (hot ? { component_name: hot.component, project_root: root } : undefined),
};

/** The episode's drill-down: commits, the other two queries in a drawn order, two summaries, the source. */
function plan(view: ExpertView): Drill[] {
  const two = shuffled(view, 'summaries', summaries).slice(0, 2);
  return [commits, ...shuffled(view, 'queries', queries), ...two, source];
}

/**
 * Goals for the drill-down, each done once its planned call succeeded
 * after `since` (the combined report); a call with nothing to ask is skipped.
 */
export function drillGoals(
  since: (view: ExpertView) => SeenCall | undefined,
  root: (view: ExpertView) => string,
): SubGoal[] {
  // Goals are fixed objects, so each slot looks its drill up in the episode's plan.
  return [0, 1, 2, 3, 4, 5].map((slot) => {
    const drill = (view: ExpertView): Drill | undefined => plan(view)[slot];
    const args = (view: ExpertView) => drill(view)?.args(view, hotspot(view), root(view));
    return {
      name: `drill-${slot}`,
      done: (view) => {
        const d = drill(view);
        return !d || !args(view) || at(lastOk(view, d.tool)) > at(since(view));
      },
      next: (view) => {
        const d = drill(view) as Drill;
        const a = args(view) ?? {};
        if (d.on === 'runtime')
          return runtimeCalls(view, [{ name: d.tool, args: a }], 'drill-down');
        const full = d.on === 'trace' ? { device_id: view.udid, ...a } : a;
        return callAction(view, d.tool, full, 'drill-down');
      },
    };
  });
}
