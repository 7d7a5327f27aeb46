import type { Split, TrajectoryRecord, Violation } from '@forge/spec';

/** An episode that passed every gate. */
export interface AcceptedEpisode {
  readonly kind: 'accepted';
  readonly split: Split;
  readonly record: TrajectoryRecord;
  /** The canonical JSON line. */
  readonly canonical: string;
  /** Near-duplicate key: same goal and calls after normalising narration. */
  readonly key: string;
  /** Lines per requested format, in the sink's format order, when rendered ahead (in a worker). */
  readonly formats?: readonly (readonly string[])[];
}

/** An episode that failed a gate, kept with its violations. */
export interface RejectedEpisode {
  readonly kind: 'rejected';
  readonly split: Split;
  readonly id: string;
  readonly seed: number;
  readonly violations: readonly Violation[];
  /** The record as it was, when one could be assembled. */
  readonly record?: TrajectoryRecord;
}

/** What one seed produced. */
export type EpisodeOutput = AcceptedEpisode | RejectedEpisode;

/** The `rejects.jsonl` line for a rejected episode. */
export function rejectLine(reject: RejectedEpisode): string {
  return JSON.stringify({
    id: reject.id,
    seed: reject.seed,
    split: reject.split,
    codes: [...new Set(reject.violations.map((v) => v.code))],
    violations: reject.violations,
    ...(reject.record ? { record: reject.record } : {}),
  });
}
