import type { MeanEstimate } from '../mean-interval.js';
import type { Metrics } from '../metrics/compute-metrics.js';
import type { Proportion } from '../wilson.js';

/** One metric's value in one run, with its 95% interval when it has one. */
export interface MetricValue {
  readonly value: number | null;
  readonly low?: number;
  readonly high?: number;
}

/** A metric the report shows: how to read it and which way is better. */
export interface MetricDef {
  readonly key: string;
  readonly label: string;
  readonly kind: 'rate' | 'number';
  readonly higherIsBetter: boolean;
  get(metrics: Metrics): MetricValue;
}

const rate = (p: Proportion | undefined): MetricValue =>
  p === undefined || p.trials === 0 ? { value: null } : { value: p.rate, low: p.low, high: p.high };
const num = (v: number | null | undefined): MetricValue => ({ value: v ?? null });
/** A per-episode mean; results written before intervals were recorded show the bare value. */
const meanOf = (m: MeanEstimate | undefined, fallback: number): MetricValue =>
  m === undefined ? { value: fallback } : { value: m.mean, low: m.low, high: m.high };

/** Every metric the report compares, in display order. */
export const metricDefs: readonly MetricDef[] = [
  {
    key: 'success',
    label: 'Task success',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.success),
  },
  {
    key: 'pass-k',
    label: 'pass^k',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.passK.rate),
  },
  {
    key: 'schema-valid',
    label: 'Schema-valid calls',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.schemaValidCalls),
  },
  {
    key: 'grounded',
    label: 'Grounded touches',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.groundedTaps),
  },
  {
    key: 'format-errors',
    label: 'Format errors (per turn)',
    kind: 'rate',
    higherIsBetter: false,
    get: (m) => rate(m.formatErrors.turns),
  },
  {
    key: 'violations',
    label: 'Policy violations per episode',
    kind: 'number',
    higherIsBetter: false,
    get: (m) => meanOf(m.perEpisode?.policyViolations, m.policyViolationsPerEpisode),
  },
  {
    key: 'calls',
    label: 'Calls per episode',
    kind: 'number',
    higherIsBetter: false,
    get: (m) => meanOf(m.perEpisode?.calls, m.callsPerEpisode),
  },
  {
    key: 'efficiency',
    label: 'Efficiency vs reference',
    kind: 'number',
    higherIsBetter: true,
    get: (m) => num(m.reference?.efficiency),
  },
  {
    key: 'agreement',
    label: 'Action-type agreement',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.reference?.actionAgreement),
  },
  {
    key: 'tap-distance',
    label: 'Mean tap distance to reference',
    kind: 'number',
    higherIsBetter: false,
    get: (m) => num(m.reference?.meanTapDistance),
  },
  {
    key: 'click-hits',
    label: 'Click hit rate',
    kind: 'rate',
    higherIsBetter: true,
    get: (m) => rate(m.reference?.clickHits),
  },
];

/** A value for a table cell: percentages for rates, three decimals otherwise. */
export function formatValue(def: MetricDef, value: number | null): string {
  if (value === null) return 'n/a';
  return def.kind === 'rate' ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

/** A metric's interval as `[low, high]`, empty when it has none. */
export function formatInterval(def: MetricDef, v: MetricValue): string {
  if (v.low === undefined || v.high === undefined) return '';
  return `[${formatValue(def, v.low)}, ${formatValue(def, v.high)}]`;
}

/** The change from the first run, signed, in points for rates. */
export function formatDelta(def: MetricDef, v: MetricValue, first: MetricValue): string {
  if (v.value === null || first.value === null) return 'n/a';
  const d = v.value - first.value;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const size = Math.abs(d);
  return def.kind === 'rate' ? `${sign}${(size * 100).toFixed(1)} pt` : `${sign}${size.toFixed(3)}`;
}
