import type { EpisodeDraft, JsonValue } from '@forge/spec';
import { numbersIn, quotedStrings, withoutQuotes } from '../internal/claims.js';

/** Which claims of an answer the draft does not support. */
export interface GroundingReport {
  readonly ok: boolean;
  /** Quoted strings, numbers and capitalised names found in no fact, param or observation. */
  readonly unsupported: readonly string[];
}

// Product and platform words an answer may use without them being observed.
const vocabulary = new Set(
  [
    'I',
    "I'm",
    "I've",
    "I'll",
    "I'd",
    'iOS',
    'Android',
    'Chromium',
    'Metro',
    'React',
    'Native',
    'UIKit',
    'JS',
    'AVD',
    'HTTP',
    'CPU',
    'URL',
    'API',
    'OK',
  ].map((w) => w.toLowerCase()),
);

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function collect(value: JsonValue, out: string[]): void {
  if (value === null) return;
  if (Array.isArray(value)) for (const item of value) collect(item, out);
  else if (typeof value === 'object') for (const inner of Object.values(value)) collect(inner, out);
  else out.push(String(value));
}

/** Everything an answer may draw on: facts, task params and every observation. */
function evidence(draft: EpisodeDraft): string {
  const parts: string[] = [draft.task.app];
  collect(draft.facts as JsonValue, parts);
  for (const value of Object.values(draft.task.params)) parts.push(String(value));
  for (const step of draft.steps) for (const result of step.results) parts.push(result.text);
  return normalize(parts.join('\n'));
}

function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+/)) {
    const words = sentence.split(/\s+/).filter((w) => w !== '');
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    };
    words.forEach((raw, index) => {
      const word = raw.replace(/^[^\w]+|[^\w]+$/g, '');
      const capitalised = /[A-Z]/.test(word) && !vocabulary.has(word.toLowerCase());
      // The first word of a sentence is capitalised by grammar, not because it is a name.
      if (capitalised && index > 0) run.push(word);
      else flush();
      if (/[,()]$/.test(raw)) flush();
    });
    flush();
  }
  return runs;
}

/**
 * Checks that every quoted string, number and capitalised name in an answer
 * appears (case-insensitively) in the draft's facts, task params or some
 * observation. Sentence-initial words and common platform words are not claims.
 */
export function answerIsGrounded(answer: string, draft: EpisodeDraft): GroundingReport {
  const haystack = evidence(draft);
  const unsupported: string[] = [];
  const check = (claim: string): void => {
    const trimmed = claim.trim();
    if (trimmed !== '' && !haystack.includes(normalize(trimmed))) unsupported.push(trimmed);
  };
  quotedStrings(answer).forEach(check);
  for (const value of numbersIn(answer)) {
    // A number must stand alone in the evidence: "42" is not supported by "1423".
    const pattern = new RegExp(`(?<![\\d.])${value.replace(/[.]/g, '\\.')}(?![\\d])`);
    if (!pattern.test(haystack)) unsupported.push(value);
  }
  capitalisedRuns(withoutQuotes(answer)).forEach(check);
  return { ok: unsupported.length === 0, unsupported };
}
