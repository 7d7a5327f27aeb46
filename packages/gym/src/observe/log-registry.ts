/**
 * The `debugger-log-registry` observation: a header counting the console
 * entries by level, then one `[level] message  (screen: id)` line each.
 */
import { fail, ok, type Result } from '@forge/spec';
import type { ObservationParseError } from './describe-parse.js';

/** One console entry as the registry lists it. */
export interface LogEntry {
  readonly level: string;
  /** Printed raw: a message is one line, and may hold spaces, quotes and parentheses. */
  readonly message: string;
  /** The id of the screen that logged it. */
  readonly screen: string;
}

/** Entries per level, as the header counts them. */
export interface LogCounts {
  readonly error: number;
  readonly warn: number;
  readonly info: number;
  readonly log: number;
}

/** A parsed debugger-log-registry observation. */
export interface LogRegistry {
  readonly total: number;
  readonly counts: LogCounts;
  readonly entries: readonly LogEntry[];
}

/** The debugger-log-registry text of the entries logged so far, oldest first. */
export function formatLogRegistry(entries: readonly LogEntry[]): string {
  const counts: Record<string, number> = { error: 0, warn: 0, info: 0, log: 0 };
  for (const l of entries) counts[l.level] = (counts[l.level] ?? 0) + 1;
  const head = `Console log registry: ${entries.length} entries (error ${counts.error}, warn ${counts.warn}, info ${counts.info}, log ${counts.log})`;
  return [head, ...entries.map((l) => `[${l.level}] ${l.message}  (screen: ${l.screen})`)].join(
    '\n',
  );
}

const headPattern =
  /^Console log registry: (\d+) entries \(error (\d+), warn (\d+), info (\d+), log (\d+)\)$/;
const screenMark = '  (screen: ';

/** Parses a debugger-log-registry observation. */
export function parseLogRegistry(text: string): Result<LogRegistry, ObservationParseError> {
  const lines = text.split('\n');
  const head = headPattern.exec(lines[0] ?? '');
  if (!head)
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "Console log registry: N entries (error a, warn b, info c, log d)"',
    });
  const entries: LogEntry[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const level = /^\[([^\]\s]*)\] /.exec(line);
    // The screen is read from the end, so the message may hold anything.
    const at = line.lastIndexOf(screenMark);
    if (!level || at < level[0].length || !line.endsWith(')'))
      return fail({ code: 'bad-line', line: i + 1, message: `not a log line: ${line}` });
    entries.push({
      level: level[1] ?? '',
      message: line.slice(level[0].length, at),
      screen: line.slice(at + screenMark.length, -1),
    });
  }
  return ok({
    total: Number(head[1]),
    counts: {
      error: Number(head[2]),
      warn: Number(head[3]),
      info: Number(head[4]),
      log: Number(head[5]),
    },
    entries,
  });
}
