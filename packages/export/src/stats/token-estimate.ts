import { codeUnits } from './code-units.js';

/** How `estimateTokens` counts, for `stats.json` readers. */
export const tokenEstimator =
  'letter runs 1 + floor(n/8) up to 24 letters, half a token a letter past that, digit runs 2*ceil(n/3), ASCII symbols 0.75 each (rounded up per text), each non-ASCII unit 1, spaces and newlines 0; per example +100 for the tool-use preamble, +10 per message, +10 per call';

// Character classes, as small integers. Every character of every message of
// every record passes through here (about 5% of a generate run's time), so
// the class of an ASCII code is a table lookup rather than a chain of range
// tests, a run is measured by where it starts instead of counted up, and the
// characters are read from a typed array (see codeUnits for why).
const Letter = 0;
const Digit = 1;
const Blank = 2;
const Punct = 3;
const NonAscii = 4;

const asciiKind = new Uint8Array(128).fill(Punct);
for (let c = 97; c <= 122; c += 1) asciiKind[c] = Letter;
for (let c = 65; c <= 90; c += 1) asciiKind[c] = Letter;
for (let c = 48; c <= 57; c += 1) asciiKind[c] = Digit;
asciiKind[32] = Blank;
asciiKind[9] = Blank;
asciiKind[10] = Blank;
asciiKind[13] = Blank;

/**
 * Whole tokens of a run of `length` characters of one class. Symbols are
 * counted apart (see estimateTokens), so they add nothing here.
 */
function runTokens(kind: number, length: number): number {
  if (kind === Letter) return length <= 24 ? 1 + (length >> 3) : 4 + ((length - 23) >> 1);
  if (kind === Digit) return 2 * Math.ceil(length / 3);
  if (kind === NonAscii) return length;
  return 0;
}

/**
 * A cheap token estimate in one pass, fitted to what BPE vocabularies of
 * 100k–200k entries (o200k_base, cl100k_base, and the Qwen and Llama 3
 * vocabularies built the same way) do to trajectory text:
 * - an English word or identifier piece is usually one token, a long one two;
 *   a run of letters longer than any word (a hash, base64, a run of one
 *   letter) splits into pieces of about two letters;
 * - numbers split into groups of up to three digits, and the "." or "," in
 *   a coordinate like 0.369 is a token of its own, hence two per group;
 * - JSON punctuation merges into pairs and triples (`":"`, `"},{"`), so a
 *   symbol is worth 3/4 of a token rather than one;
 * - text outside ASCII gets a token per UTF-16 unit, the conservative end.
 * Measured on generated records rendered as hermes and gemma text, the
 * example count (see createExampleTokenCounter) lands 1.0–1.17 times the real
 * o200k_base and cl100k_base counts, high on purpose: the figure is used to
 * warn before a trainer truncates. The calibration test in @forge/cli keeps
 * it there.
 */
export function estimateTokens(text: string): number {
  const units = codeUnits(text);
  let tokens = 0;
  let symbols = 0;
  let runKind = Blank;
  let runStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const code = units[i] as number;
    const kind = code < 128 ? (asciiKind[code] as number) : NonAscii;
    if (kind === Punct) symbols += 1;
    if (kind === runKind) continue;
    tokens += runTokens(runKind, i - runStart);
    runKind = kind;
    runStart = i;
  }
  return tokens + runTokens(runKind, n - runStart) + Math.ceil((symbols * 3) / 4);
}
