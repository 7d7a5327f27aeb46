import type { TrajectoryRecord } from '@forge/spec';
import type { Corruption } from '../corruptions/corruption.js';
import { corruptions as allCorruptions } from '../corruptions/index.js';

/** What applying every corruption at every place found. */
export interface EveryPlaceResult {
  /** (operator, record, place) cases tried. */
  readonly cases: number;
  /** One line per case whose violation codes lack the operator's expected code. */
  readonly misses: readonly string[];
}

/**
 * Exhaustive companion to `corruptedTrajectoryArb`: applies each operator at
 * every place it applies in each record (not a drawn one) and reports the
 * cases the gates let through. `codesOf` runs the gates under test.
 */
export function corruptEveryPlace(
  records: readonly TrajectoryRecord[],
  codesOf: (record: TrajectoryRecord) => readonly string[],
  corruptions: readonly Corruption[] = allCorruptions,
): EveryPlaceResult {
  const misses: string[] = [];
  let cases = 0;
  for (const corruption of corruptions) {
    for (const record of records) {
      for (const place of corruption.applicable(record)) {
        cases += 1;
        const found = codesOf(corruption.apply(record, place));
        if (!found.includes(corruption.expectedCode))
          misses.push(`${corruption.name} ${record.id} @ ${place}: ${found.join(', ')}`);
      }
    }
  }
  return { cases, misses };
}
