import type { Gate, GateContext, TrajectoryRecord } from '@forge/spec';
import type { Corruption } from './corruptions/corruption.js';
import { corruptions as builtIn } from './corruptions/index.js';
import { defaultGates, validate } from './validate.js';

/** Options of `runSelfcheck`. */
export interface SelfcheckOptions {
  readonly context: GateContext;
  /** Default: every built-in operator. */
  readonly corruptions?: readonly Corruption[];
  /** Default: `defaultGates()`. */
  readonly gates?: readonly Gate[];
  /** Places tried per record and operator: the first, the last and ones spread between. Default 3. */
  readonly placesPerRecord?: number;
}

/** One line of the self-check table. */
export interface SelfcheckRow {
  /** The operator's name, or `clean (control)` for the uncorrupted records. */
  readonly operator: string;
  /** The code that must appear; `(none)` for the control, which must pass every gate. */
  readonly expectedCode: string;
  /** Cases run: (record, place) pairs, or records for the control. */
  readonly applied: number;
  /** Cases that behaved: rejected with the expected code, or (control) accepted. */
  readonly behaved: number;
  /** True when the operator was exercised at least once and every case behaved. */
  readonly ok: boolean;
  /** Up to three cases that misbehaved, as `record id @ place: codes found`. */
  readonly failures: readonly string[];
}

/** The control row's operator name. */
export const controlName = 'clean (control)';

/** Spread `n` picks over `places`, first and last included, in order. */
function spread(places: readonly number[], n: number): number[] {
  if (places.length <= n) return [...places];
  if (n <= 1) return places.slice(0, 1);
  const picks = new Set<number>();
  for (let i = 0; i < n; i += 1)
    picks.add(places[Math.round((i * (places.length - 1)) / (n - 1))] as number);
  return [...picks];
}

/**
 * The corruption suite: validates the known-good records (the control row:
 * each must pass), then applies every operator at up to `placesPerRecord`
 * of its places in every record and checks the gates reject each case with
 * the operator's expected code. Deterministic for the same inputs.
 */
export function runSelfcheck(
  records: readonly TrajectoryRecord[],
  options: SelfcheckOptions,
): SelfcheckRow[] {
  const gates = options.gates ?? defaultGates();
  const perRecord = options.placesPerRecord ?? 3;
  const failures: string[] = [];
  let accepted = 0;
  for (const record of records) {
    const found = validate(record, options.context, gates);
    if (found.length === 0) accepted += 1;
    else if (failures.length < 3)
      failures.push(`${record.id}: ${found.map((v) => v.code).join(', ')}`);
  }
  const rows: SelfcheckRow[] = [
    {
      operator: controlName,
      expectedCode: '(none)',
      applied: records.length,
      behaved: accepted,
      ok: records.length > 0 && accepted === records.length,
      failures,
    },
  ];
  for (const corruption of options.corruptions ?? builtIn) {
    let applied = 0;
    let behaved = 0;
    const misses: string[] = [];
    for (const record of records) {
      for (const place of spread(corruption.applicable(record), perRecord)) {
        applied += 1;
        const codes = validate(corruption.apply(record, place), options.context, gates).map(
          (v) => v.code,
        );
        if (codes.includes(corruption.expectedCode)) behaved += 1;
        else if (misses.length < 3)
          misses.push(`${record.id} @ ${place}: ${codes.join(', ') || 'accepted'}`);
      }
    }
    rows.push({
      operator: corruption.name,
      expectedCode: corruption.expectedCode,
      applied,
      behaved,
      ok: applied > 0 && behaved === applied,
      failures: misses,
    });
  }
  return rows;
}

/** The rows as a fixed-width text table, with failing cases listed under it. */
export function formatSelfcheckTable(rows: readonly SelfcheckRow[]): string {
  const head = ['operator', 'expected code', 'applied', 'behaved', 'ok'];
  const body = rows.map((r) => [
    r.operator,
    r.expectedCode,
    String(r.applied),
    String(r.behaved),
    r.ok ? 'ok' : 'FAIL',
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((b) => (b[i] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  for (const r of rows) {
    if (r.ok) continue;
    out.push(
      '',
      `${r.operator}: ${r.applied === 0 ? 'never applicable to the given records' : 'misbehaved'}`,
    );
    for (const f of r.failures) out.push(`  ${f}`);
  }
  return `${out.join('\n')}\n`;
}
