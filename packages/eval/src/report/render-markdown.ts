import { relative } from 'node:path';
import { breakdownRows, breakdowns } from './breakdowns.js';
import { formatDelta, formatInterval, formatValue, metricDefs } from './metric-rows.js';
import { modelCell } from './model-cell.js';
import type { ReportRun } from './report-input.js';

/** report.md: runs, one table per metric with deltas vs the first run, success per family, platform, pack and injected failure, failing transcripts. */
export function renderMarkdown(runs: readonly ReportRun[], outDir: string): string {
  const first = runs[0];
  if (!first) return '# Forge eval report\n\nNo runs.\n';
  const lines = [
    '# Forge eval report',
    '',
    '| run | policy | model | episodes | task set | status |',
    '|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    const r = run.results;
    lines.push(
      `| ${run.label} | ${r.policy} | ${modelCell(r)} | ${r.progress.done}/${r.progress.total} | \`${r.taskSet.hash.slice(0, 12)}\` | ${r.status} |`,
    );
  }
  if (new Set(runs.map((r) => r.results.taskSet.hash)).size > 1) {
    lines.push('', '> Warning: the runs played different task sets; deltas compare unlike things.');
  }
  for (const def of metricDefs) {
    const base = def.get(first.results.metrics.overall);
    lines.push(
      '',
      `## ${def.label}`,
      '',
      '| run | value | 95% CI | Δ vs first |',
      '|---|---|---|---|',
    );
    for (const run of runs) {
      const v = def.get(run.results.metrics.overall);
      lines.push(
        `| ${run.label} | ${formatValue(def, v.value)} | ${formatInterval(def, v)} | ${run === first ? '-' : formatDelta(def, v, base)} |`,
      );
    }
  }
  for (const breakdown of breakdowns) {
    const rows = breakdownRows(breakdown, runs);
    if (rows.length === 0) continue;
    lines.push(
      '',
      `## ${breakdown.title}`,
      '',
      `| ${breakdown.column} | ${runs.map((r) => r.label).join(' | ')} |`,
      `|---|${runs.map(() => '---').join('|')}|`,
    );
    for (const row of rows) lines.push(`| ${row.name} | ${row.cells.join(' | ')} |`);
  }
  lines.push('', '## Failing transcripts');
  for (const run of runs) {
    lines.push('', `### ${run.label}`, '');
    const file = relative(outDir, run.episodesPath);
    if (run.failing.length === 0) lines.push('None.');
    for (const { line, episode } of run.failing.slice(0, 50)) {
      lines.push(
        `- [seed ${episode.seed} r${episode.repeat} ${episode.taskId} (${episode.end})](${file}#L${line})`,
      );
    }
    if (run.failing.length > 50) lines.push(`- … and ${run.failing.length - 50} more`);
  }
  return `${lines.join('\n')}\n`;
}
