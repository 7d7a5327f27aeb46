/** How `estimateTokens` counts, for `stats.json` readers. */
export const tokenEstimator =
  'runs: letters ceil(n/4), digits ceil(n/3), each ASCII symbol 1, each non-ASCII unit 1, each newline run 1, spaces 0';

// Character classes, as small integers. Every character of every message of
// every record passes through here (about 5% of a generate run's time), so
// the class of an ASCII code is a table lookup rather than a chain of range
// tests, and a run is measured by where it starts instead of counted up.
const Letter = 0;
const Digit = 1;
const Space = 2;
const Newline = 3;
const Other = 4;

const asciiKind = new Uint8Array(128).fill(Other);
for (let c = 97; c <= 122; c += 1) asciiKind[c] = Letter;
for (let c = 65; c <= 90; c += 1) asciiKind[c] = Letter;
for (let c = 48; c <= 57; c += 1) asciiKind[c] = Digit;
asciiKind[32] = Space;
asciiKind[9] = Space;
asciiKind[10] = Newline;
asciiKind[13] = Newline;

/** Tokens of a run of `length` characters of one class; each symbol is a token of its own. */
function runTokens(kind: number, length: number): number {
  if (kind === Letter) return (length + 3) >> 2;
  if (kind === Digit) return Math.ceil(length / 3);
  if (kind === Newline) return 1;
  if (kind === Other) return length;
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
  let runKind = Space;
  let runStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i);
    const kind = code < 128 ? (asciiKind[code] as number) : Other;
    if (kind === runKind) continue;
    tokens += runTokens(runKind, i - runStart);
    runKind = kind;
    runStart = i;
  }
  return tokens + runTokens(runKind, n - runStart);
}
