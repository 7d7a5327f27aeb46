import type { StatsFeatures } from '@forge/export';
import type { Split, TrajectoryRecord, Violation } from '@forge/spec';
import type { Utf8Piece } from './utf8.js';

/**
 * One output line without its newline: a string when it was made in this
 * thread, UTF-8 bytes when a worker sent it (see packLines), so the writing
 * thread copies bytes to disk and never holds the text as a string.
 */
export type LineText = Utf8Piece;

const utf8 = new TextDecoder();

/** A line as a string, decoding it when it came as bytes. */
export function lineString(line: LineText): string {
  return typeof line === 'string' ? line : utf8.decode(line);
}

/** An episode that passed every gate. */
export interface AcceptedEpisode {
  readonly kind: 'accepted';
  readonly split: Split;
  readonly id: string;
  readonly seed: number;
  /**
   * The record itself, when it was made in this thread. A worker leaves it
   * out (see withoutRecord): the canonical line is the same record as text,
   * and the features are all stats need, so the writing thread does not
   * rebuild every record from the message.
   */
  readonly record?: TrajectoryRecord;
  /** The canonical JSON line: `JSON.stringify(record)`. */
  readonly canonical: LineText;
  /** What stats.json counts of the record. */
  readonly features: StatsFeatures;
  /** Near-duplicate key: same family and calls, narration ignored (see contentKey). */
  readonly key: string;
  /** Lines per requested format, in the sink's format order, when rendered ahead (in a worker). */
  readonly formats?: readonly (readonly LineText[])[];
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

/** An accepted episode without its record object, for sending to another thread. */
export function withoutRecord(output: EpisodeOutput): EpisodeOutput {
  if (output.kind !== 'accepted' || output.record === undefined) return output;
  const { record: _record, ...rest } = output;
  return rest;
}

/** The record of an accepted episode: the object when it came along, else read from its line. */
export function recordOf(output: AcceptedEpisode): TrajectoryRecord {
  return output.record ?? (JSON.parse(lineString(output.canonical)) as TrajectoryRecord);
}

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
