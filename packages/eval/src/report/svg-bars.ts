import type { MetricDef, MetricValue } from './metric-rows.js';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An inline SVG bar chart of one metric across runs, with 95% interval
 * whiskers for proportions. Self-contained: no fonts, styles or scripts
 * from anywhere else.
 */
export function svgBars(
  def: MetricDef,
  runs: readonly { label: string; value: MetricValue }[],
): string {
  const barWidth = 56;
  const gap = 24;
  const height = 160;
  const top = 20;
  const width = Math.max(200, runs.length * (barWidth + gap) + gap);
  const max =
    def.kind === 'rate'
      ? 1
      : Math.max(1e-9, ...runs.map((r) => Math.max(r.value.value ?? 0, r.value.high ?? 0)));
  const y = (v: number): number => top + height - (v / max) * height;
  const parts = runs.map((run, i) => {
    const x = gap + i * (barWidth + gap);
    const v = run.value.value;
    const label = `<text x="${x + barWidth / 2}" y="${top + height + 14}" text-anchor="middle" font-size="11">${escapeXml(run.label)}</text>`;
    if (v === null)
      return `${label}<text x="${x + barWidth / 2}" y="${top + height - 4}" text-anchor="middle" font-size="11">n/a</text>`;
    const bar = `<rect x="${x}" y="${y(v).toFixed(1)}" width="${barWidth}" height="${(top + height - y(v)).toFixed(1)}" fill="#4a7fb5"><title>${escapeXml(run.label)}: ${v}</title></rect>`;
    const whisker =
      run.value.low === undefined || run.value.high === undefined
        ? ''
        : `<line x1="${x + barWidth / 2}" x2="${x + barWidth / 2}" y1="${y(run.value.low).toFixed(1)}" y2="${y(run.value.high).toFixed(1)}" stroke="#222" stroke-width="2"/>`;
    return `${bar}${whisker}${label}`;
  });
  return [
    `<svg class="metric-chart" data-metric="${def.key}" width="${width}" height="${top + height + 22}" role="img" aria-label="${escapeXml(def.label)}">`,
    `<line x1="0" x2="${width}" y1="${top + height}" y2="${top + height}" stroke="#999"/>`,
    ...parts,
    '</svg>',
  ].join('');
}
