/** How `estimateTokens` counts, for `stats.json` readers. */
export const tokenEstimator =
  'runs: letters ceil(n/4), digits ceil(n/3), each ASCII symbol 1, each non-ASCII unit 1, each newline run 1, spaces 0';

// Character classes, as plain numbers so the hot loop compares small integers.
const Kind = { Letter: 0, Digit: 1, Space: 2, Newline: 3, Other: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

function kindOf(code: number): Kind {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return Kind.Letter;
  if (code >= 48 && code <= 57) return Kind.Digit;
  if (code === 32 || code === 9) return Kind.Space;
  if (code === 10 || code === 13) return Kind.Newline;
  return Kind.Other;
}

function runTokens(kind: Kind, length: number): number {
  if (kind === Kind.Letter) return Math.ceil(length / 4);
  if (kind === Kind.Digit) return Math.ceil(length / 3);
  if (kind === Kind.Newline) return 1;
  return 0;
}

/**
 * A cheap token estimate in one pass. chars/3.5 undercounts the JSON and
 * identifiers trajectories are full of: BPE vocabularies merge English words
 * (about 4 letters a token) but split punctuation, digits and non-Latin text
 * much finer. Counting by character class errs on the high side, which is
 * the safe side for a context-limit check.
 */
export function estimateTokens(text: string): number {
  let tokens = 0;
  let runKind: Kind = Kind.Space;
  let runLength = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === Kind.Other) {
      tokens += 1 + runTokens(runKind, runLength);
      runKind = Kind.Space;
      runLength = 0;
    } else if (kind === runKind) runLength++;
    else {
      tokens += runTokens(runKind, runLength);
      runKind = kind;
      runLength = 1;
    }
  }
  return tokens + runTokens(runKind, runLength);
}
