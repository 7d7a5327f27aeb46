import type { TrajectoryRecord } from '@forge/spec';

/**
 * A named way to break a valid trajectory, with the violation code the
 * gates must answer it with. Places are operator-specific numbers (most
 * are indices into the record's calls); `apply` must only be given a place
 * that `applicable` returned for the same record.
 */
export interface Corruption {
  readonly name: string;
  /** The code a correct gate set reports for the corrupted record. */
  readonly expectedCode: string;
  /** Where the corruption can be applied in this record (empty: nowhere). */
  applicable(record: TrajectoryRecord): readonly number[];
  /** The corrupted copy; the input is left unchanged. */
  apply(record: TrajectoryRecord, place: number): TrajectoryRecord;
}
