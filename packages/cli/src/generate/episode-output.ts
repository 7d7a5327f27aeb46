import type { StatsFeatures } from '@forge/export';
import type { Split, TrajectoryRecord, Violation } from '@forge/spec';
import { copyUtf8, type Utf8Piece, utf8Length } from './utf8.js';

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
  /** Near-duplicate key: same goal and calls after normalising narration. */
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

/**
 * The outputs of a job with every line (canonical and formats) moved into
 * one UTF-8 buffer, as views into it, plus that buffer for the transfer
 * list. Sent this way, a job's text crosses to the writing thread without a
 * copy and without becoming strings there: as strings, a 64-episode job put
 * megabytes into the writing thread's young generation, which V8 then grew
 * to its 32 MB ceiling.
 */
export function packLines(outputs: readonly EpisodeOutput[]): {
  readonly outputs: EpisodeOutput[];
  readonly buffer: ArrayBuffer;
} {
  let total = 0;
  for (const output of outputs) {
    if (output.kind !== 'accepted') continue;
    total += utf8Length(output.canonical);
    for (const lines of output.formats ?? []) for (const line of lines) total += utf8Length(line);
  }
  // Its own ArrayBuffer (never the shared pool's), since it is transferred.
  const bytes = Buffer.allocUnsafeSlow(total);
  let offset = 0;
  const place = (line: LineText): Uint8Array => {
    const start = offset;
    offset = copyUtf8(bytes, offset, line);
    return new Uint8Array(bytes.buffer, bytes.byteOffset + start, offset - start);
  };
  const packed = outputs.map((output): EpisodeOutput => {
    if (output.kind !== 'accepted') return output;
    const canonical = place(output.canonical);
    return output.formats === undefined
      ? { ...output, canonical }
      : { ...output, canonical, formats: output.formats.map((lines) => lines.map(place)) };
  });
  return { outputs: packed, buffer: bytes.buffer as ArrayBuffer };
}
