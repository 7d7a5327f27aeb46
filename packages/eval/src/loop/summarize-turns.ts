import type { EpisodeSummary, TurnLog } from './episode-result.js';

// Gates with a metric of their own: a schema violation makes a call
// schema-invalid and a grounding violation a touch ungrounded. Counting them
// as policy violations too would charge one mistake twice.
const ownGates = new Set(['schema', 'grounding']);

/** The per-episode counts metrics need, from the turn log. */
export function summarizeTurns(
  log: readonly TurnLog[],
  baseline: { readonly calls: number; readonly success: boolean } | undefined,
): Pick<
  EpisodeSummary,
  | 'turns'
  | 'calls'
  | 'schemaValidCalls'
  | 'taps'
  | 'groundedTaps'
  | 'policyViolations'
  | 'formatErrors'
  | 'reference'
> {
  const verdicts = log.flatMap((t) => t.verdicts ?? []);
  const taps = verdicts.filter((v) => v.grounded !== undefined);
  const compared = log.flatMap((t) => (t.reference ? [t.reference] : []));
  const distances = compared.flatMap((r) => (r.tapDistance === undefined ? [] : [r.tapDistance]));
  const clicks = compared.flatMap((r) => (r.hit === undefined ? [] : [r.hit]));
  return {
    turns: log.length,
    calls: verdicts.length,
    schemaValidCalls: verdicts.filter((v) => !v.violations.some((x) => x.gate === 'schema')).length,
    taps: taps.length,
    groundedTaps: taps.filter((v) => v.grounded).length,
    policyViolations: verdicts.reduce(
      (n, v) => n + v.violations.filter((x) => !ownGates.has(x.gate)).length,
      0,
    ),
    formatErrors: log.filter((t) => t.kind === 'format-error').length,
    ...(baseline
      ? {
          reference: {
            calls: baseline.calls,
            success: baseline.success,
            comparedTurns: compared.length,
            agreeTurns: compared.filter((r) => r.agree).length,
            tapPairs: distances.length,
            tapDistanceSum: distances.reduce((a, b) => a + b, 0),
            clickTrials: clicks.length,
            clickHits: clicks.filter(Boolean).length,
          },
        }
      : {}),
  };
}
