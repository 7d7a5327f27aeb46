import type { Metrics, MetricsReport } from '../metrics/compute-metrics.js';
import type { ReportRun } from './report-input.js';

/** One way the report splits task success: a heading and the groups results.json keeps. */
export interface Breakdown {
  readonly title: string;
  /** The column naming a group. */
  readonly column: string;
  /** Undefined when the run's results predate this breakdown. */
  groups(metrics: MetricsReport): Readonly<Record<string, Metrics>> | undefined;
}

/** Every breakdown, in display order. */
export const breakdowns: readonly Breakdown[] = [
  { title: 'Task success per family', column: 'family', groups: (m) => m.byFamily },
  { title: 'Task success per platform', column: 'platform', groups: (m) => m.byPlatform },
  { title: 'Task success per pack', column: 'pack', groups: (m) => m.byPack },
  {
    title: 'Task success per injected failure',
    column: 'injection',
    groups: (m) => m.byInjection,
  },
];

/** A breakdown as rows: each group's name, then one cell per run (`-` where it has none). */
export function breakdownRows(
  breakdown: Breakdown,
  runs: readonly ReportRun[],
): { readonly name: string; readonly cells: readonly string[] }[] {
  const tables = runs.map((r) => breakdown.groups(r.results.metrics) ?? {});
  const names = [...new Set(tables.flatMap((t) => Object.keys(t)))].sort();
  return names.map((name) => ({
    name,
    cells: tables.map((t) => {
      const m = t[name];
      return m ? `${(m.success.rate * 100).toFixed(1)}% (n=${m.episodes})` : '-';
    }),
  }));
}
