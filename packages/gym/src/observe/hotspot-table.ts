/**
 * The hotspot table of the profiler reports (react-profiler-analyze,
 * react-profiler-cpu-summary, profiler-combined-report): a markdown table
 * `| component | function | self ms | renders | source |`, heaviest first.
 */
import { fail, ok, type Result } from '@forge/spec';
import type { ObservationParseError } from './describe-parse.js';

/** One row of a hotspot table. */
export interface HotspotRow {
  readonly component: string;
  readonly functionName: string;
  readonly selfMs: number;
  readonly renders: number;
  readonly file: string;
  readonly line: number;
}

const header = '| component | function | self ms | renders | source |';
const rule = '|---|---|---|---|---|';
const none = '_No significant hotspots in this recording._';

/** The markdown table of the first `top` rows (a note when there are none at all). */
export function formatHotspotTable(rows: readonly HotspotRow[], top: number = rows.length): string {
  if (rows.length === 0) return none;
  const body = rows
    .slice(0, top)
    .map(
      (h) =>
        `| ${h.component} | ${h.functionName} | ${h.selfMs} | ${h.renders} | ${h.file}:${h.line} |`,
    );
  return [header, rule, ...body].join('\n');
}

const num = /^-?\d+(?:\.\d+)?$/;

/**
 * Parses the hotspot table inside a report: its rows, or none when the
 * report says there were no hotspots.
 */
export function parseHotspotTable(text: string): Result<HotspotRow[], ObservationParseError> {
  const lines = text.split('\n');
  const start = lines.indexOf(header);
  if (start < 0) {
    if (lines.includes(none)) return ok([]);
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: `expected a hotspot table ("${header}")`,
    });
  }
  if (lines[start + 1] !== rule)
    return fail({ code: 'bad-line', line: start + 2, message: `expected "${rule}"` });
  const rows: HotspotRow[] = [];
  for (let i = start + 2; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (!line.startsWith('|')) break;
    const cells =
      line.startsWith('| ') && line.endsWith(' |') ? line.slice(2, -2).split(' | ') : [];
    const [component, functionName, selfMs, renders, source = ''] = cells;
    const colon = source.lastIndexOf(':');
    const lineNo = source.slice(colon + 1);
    if (
      cells.length !== 5 ||
      component === undefined ||
      functionName === undefined ||
      !num.test(selfMs ?? '') ||
      !num.test(renders ?? '') ||
      colon < 0 ||
      !num.test(lineNo)
    )
      return fail({ code: 'bad-line', line: i + 1, message: `not a hotspot row: ${line}` });
    rows.push({
      component,
      functionName,
      selfMs: Number(selfMs),
      renders: Number(renders),
      file: source.slice(0, colon),
      line: Number(lineNo),
    });
  }
  return ok(rows);
}
