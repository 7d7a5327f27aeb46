import type { EpisodeResult } from '../loop/episode-result.js';
import { breakdownRows, breakdowns } from './breakdowns.js';
import { formatDelta, formatInterval, formatValue, metricDefs } from './metric-rows.js';
import { modelCell } from './model-cell.js';
import type { ReportRun } from './report-input.js';
import { svgBars } from './svg-bars.js';

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const anchor = (run: number, episode: EpisodeResult): string => `run${run}-ep${episode.index}`;

function transcript(episode: EpisodeResult): string {
  const turns = episode.messages
    .map((m) => {
      const calls =
        m.role === 'assistant' && m.toolCalls
          ? `\n${m.toolCalls.map((c) => `→ ${c.name} ${JSON.stringify(c.arguments)}`).join('\n')}`
          : '';
      return `<div class="msg ${m.role}"><b>${m.role}</b><pre>${esc(m.content + calls)}</pre></div>`;
    })
    .join('');
  const verdicts = episode.log
    .map(
      (t) =>
        `<li>turn ${t.turn}: ${t.kind}${t.reason ? ` — ${esc(t.reason)}` : ''}${(t.verdicts ?? [])
          .flatMap((v) => v.violations)
          .map((v) => ` [${esc(v.code)}]`)
          .join(
            '',
          )}${t.reference ? ` (reference: ${esc(t.reference.action)}${t.reference.agree ? ', agrees' : ''})` : ''}</li>`,
    )
    .join('');
  return `${turns}<ul>${verdicts}</ul>`;
}

/** report.html: the same tables as report.md plus an inline SVG chart per metric and embedded failing transcripts. No external resources. */
export function renderHtml(runs: readonly ReportRun[]): string {
  const first = runs[0];
  const body: string[] = ['<h1>Forge eval report</h1>'];
  body.push(
    '<table><tr><th>run</th><th>policy</th><th>model</th><th>episodes</th><th>task set</th><th>status</th></tr>',
  );
  for (const run of runs) {
    const r = run.results;
    body.push(
      `<tr><td>${esc(run.label)}</td><td>${esc(r.policy)}</td><td>${esc(modelCell(r))}</td><td>${r.progress.done}/${r.progress.total}</td><td><code>${r.taskSet.hash.slice(0, 12)}</code></td><td>${r.status}</td></tr>`,
    );
  }
  body.push('</table>');
  if (first) {
    for (const def of metricDefs) {
      const base = def.get(first.results.metrics.overall);
      body.push(
        `<section id="metric-${def.key}"><h2>${esc(def.label)}</h2><table><tr><th>run</th><th>value</th><th>95% CI</th><th>Δ vs first</th></tr>`,
      );
      const values = runs.map((run) => ({
        label: run.label,
        value: def.get(run.results.metrics.overall),
      }));
      values.forEach(({ label, value }, i) => {
        body.push(
          `<tr><td>${esc(label)}</td><td>${formatValue(def, value.value)}</td><td>${formatInterval(def, value)}</td><td>${i === 0 ? '-' : formatDelta(def, value, base)}</td></tr>`,
        );
      });
      body.push(`</table>${svgBars(def, values)}</section>`);
    }
    for (const breakdown of breakdowns) {
      const rows = breakdownRows(breakdown, runs);
      if (rows.length === 0) continue;
      body.push(
        `<h2>${esc(breakdown.title)}</h2><table><tr><th>${esc(breakdown.column)}</th>${runs.map((r) => `<th>${esc(r.label)}</th>`).join('')}</tr>`,
      );
      for (const row of rows) {
        body.push(
          `<tr><td>${esc(row.name)}</td>${row.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
        );
      }
      body.push('</table>');
    }
  }
  body.push('<h2>Failing transcripts</h2>');
  runs.forEach((run, r) => {
    const shown = run.failing.slice(0, 50);
    body.push(
      `<h3>${esc(run.label)}</h3><ul>${shown.map(({ episode }) => `<li><a href="#${anchor(r, episode)}">seed ${episode.seed} r${episode.repeat} ${esc(episode.taskId)} (${episode.end})</a></li>`).join('')}</ul>`,
    );
    for (const { episode } of shown) {
      body.push(
        `<details id="${anchor(r, episode)}"><summary>${esc(run.label)} · seed ${episode.seed} · ${esc(episode.taskId)}</summary>${transcript(episode)}</details>`,
      );
    }
  });
  const style =
    'body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}pre{white-space:pre-wrap;margin:.2rem 0}.msg{border-left:3px solid #ddd;padding-left:.5rem;margin:.3rem 0}.assistant{border-color:#4a7fb5}.tool{border-color:#8a8}';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forge eval report</title><style>${style}</style></head><body>${body.join('\n')}</body></html>\n`;
}
