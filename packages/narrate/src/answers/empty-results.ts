import type { EpisodeDraft } from '@forge/spec';

/**
 * The fields in which a query or inspect tool lists what it found
 * (`profiler-cpu-query` → `results`, `native-find-views` → `views`, …).
 * Other empty arrays are not findings: `list-devices`'s `avds: []` or
 * `stop-all-simulator-servers`'s `stopped: []` say nothing about the task.
 */
const listingKeys = [
  'results',
  'stacks',
  'renders',
  'commits',
  'views',
  'requests',
  'cookies',
  'entries',
  'matches',
] as const;

/**
 * A text that may hold a listing field: one of the names written out, or a
 * `\u` escape (the only JSON escape that yields a letter, so the only way a
 * key can spell a name the raw text does not contain).
 */
const mayList = new RegExp(`${listingKeys.join('|')}|\\\\u`);

/** True when a result text is a JSON object whose listing is empty (`[]`, or `count: 0` beside it). */
function listsNothing(text: string): boolean | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  // Most JSON results (a launch, a device list, a tap) name no listing at
  // all: no need to parse them to find that out.
  if (!mayList.test(text)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  const lists = listingKeys.map((key) => record[key]).filter((v) => Array.isArray(v));
  if (lists.length === 0) return undefined;
  return lists.every((list) => (list as unknown[]).length === 0);
}

/**
 * The query tool whose latest successful result listed nothing, if any
 * (`{"mode":"top_functions","results":[]}`). An answer must then say the
 * query came back empty: "queried its CPU data" over an empty result read
 * as if something was found (profiler-sessions, 46 of 46 answers). Only a
 * tool's last result counts, so a query retried with results is not empty.
 */
export function emptyQuery(draft: EpisodeDraft): string | undefined {
  const latest = new Map<string, boolean>();
  for (const step of draft.steps)
    step.calls.forEach((call, i) => {
      const result = step.results[i];
      if (result === undefined || result.isError) return;
      const empty = listsNothing(result.text);
      if (empty !== undefined) latest.set(call.name, empty);
    });
  for (const [tool, empty] of latest) if (empty) return tool;
  return undefined;
}
