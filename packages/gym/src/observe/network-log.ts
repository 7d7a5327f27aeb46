/**
 * The `view-network-logs` observation: one page of the JS network log, a
 * header with the page, the last page and the request count, then one line
 * per request (`id  METHOD url  status  durationms  at atms`).
 */
import { fail, ok, type Result } from '@forge/spec';
import type { ObservationParseError } from './describe-parse.js';

/** One request as the network log lists it. */
export interface NetworkLogEntry {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly durationMs: number;
  /** When the request fired, on the episode clock. */
  readonly atMs: number;
}

/** A parsed view-network-logs page. */
export interface NetworkLogPage {
  /** 0-based index of this page. */
  readonly page: number;
  /** Index of the last (newest) page. */
  readonly lastPage: number;
  /** Requests in the whole log, on every page. */
  readonly total: number;
  readonly entries: readonly NetworkLogEntry[];
}

const emptyLine = '(no requests yet)';

/** The view-network-logs text of one page. */
export function formatNetworkLog(log: NetworkLogPage): string {
  const lines = [`Network log: page ${log.page} of ${log.lastPage} (${log.total} requests)`];
  for (const e of log.entries)
    lines.push(`${e.id}  ${e.method} ${e.url}  ${e.status}  ${e.durationMs}ms  at ${e.atMs}ms`);
  if (log.total === 0) lines.push(emptyLine);
  return lines.join('\n');
}

const num = '(-?\\d+(?:\\.\\d+)?)';
const headPattern = /^Network log: page (\d+) of (\d+) \((\d+) requests\)$/;
// The url is matched greedily and the numbers from the end, so a url may hold spaces.
const entryPattern = new RegExp(`^(\\S+)  (\\S+) (.*)  ${num}  ${num}ms  at ${num}ms$`);

/** Parses a view-network-logs observation. */
export function parseNetworkLog(text: string): Result<NetworkLogPage, ObservationParseError> {
  const lines = text.split('\n');
  const head = headPattern.exec(lines[0] ?? '');
  if (!head)
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "Network log: page P of LAST (N requests)"',
    });
  const total = Number(head[3]);
  const entries: NetworkLogEntry[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (total === 0 && line === emptyLine && i === lines.length - 1) continue;
    const m = entryPattern.exec(line);
    if (!m) return fail({ code: 'bad-line', line: i + 1, message: `not a request line: ${line}` });
    entries.push({
      id: m[1] ?? '',
      method: m[2] ?? '',
      url: m[3] ?? '',
      status: Number(m[4]),
      durationMs: Number(m[5]),
      atMs: Number(m[6]),
    });
  }
  return ok({ page: Number(head[1]), lastPage: Number(head[2]), total, entries });
}
