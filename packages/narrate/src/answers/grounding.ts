import type { EpisodeDraft } from '@forge/spec';
import { containsWhole, numbersIn, quotedStrings, withoutQuotes } from '../internal/claims.js';
import { normalize, numberIn, observationText } from './observed.js';

/** Which claims of an answer the draft does not support. */
export interface GroundingReport {
  readonly ok: boolean;
  /** Quoted strings, numbers and capitalised names found in no param or observation. */
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

/**
 * Everything an answer may draw on: the task params (what the user asked for)
 * and every observation. The policy's facts are not evidence of their own: a
 * fact counts only where an observation shows it.
 */
function evidence(draft: EpisodeDraft): string {
  const parts: string[] = [draft.task.app];
  for (const value of Object.values(draft.task.params)) parts.push(String(value));
  return `${normalize(parts.join('\n'))}\n${observationText(draft)}`;
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
      // Letters of any script: "Café" is a word, not "Caf" and a stray mark.
      const word = raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
      const capitalised = /\p{Lu}/u.test(word) && !vocabulary.has(word.toLowerCase());
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
 * appears (case-insensitively, as a whole) in the task params or some
 * observation; the
 * draft's facts vouch for nothing an observation does not show.
 * Sentence-initial words and common platform words are not claims.
 */
export function answerIsGrounded(answer: string, draft: EpisodeDraft): GroundingReport {
  const haystack = evidence(draft);
  const unsupported: string[] = [];
  const check = (claim: string): void => {
    const trimmed = claim.trim();
    if (trimmed !== '' && !containsWhole(haystack, normalize(trimmed))) unsupported.push(trimmed);
  };
  quotedStrings(answer).forEach(check);
  // A number must stand alone in the evidence: "42" is not supported by "1423".
  for (const value of numbersIn(answer)) if (!numberIn(value, haystack)) unsupported.push(value);
  capitalisedRuns(withoutQuotes(answer)).forEach(check);
  return { ok: unsupported.length === 0, unsupported };
}
