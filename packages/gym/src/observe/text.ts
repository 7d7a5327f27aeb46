/** Small text helpers shared by formatters and parsers. */

/**
 * Recent `fixed3` texts by value. An app's frames come from a small set of
 * numbers printed again at every describe (and again on replay), and
 * `toFixed` costs several times a map lookup. Map keys treat -0 as 0, which
 * print the same. Cleared when full, so memory stays bounded.
 */
const fixed3Texts = new Map<number, string>();

/** A number with exactly 3 decimals, as frames and tap points are printed. */
export function fixed3(value: number): string {
  let text = fixed3Texts.get(value);
  if (text === undefined) {
    text = (Math.round(value * 1000) / 1000).toFixed(3);
    if (fixed3Texts.size >= 4096) fixed3Texts.clear();
    fixed3Texts.set(value, text);
  }
  return text;
}

/** Quotes a label: backslash, quote and newline escaped. */
export function quote(text: string): string {
  if (!/["\\\n]/.test(text)) return `"${text}"`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Reverses `quote` for the inside of a quoted string. */
export function unquote(inner: string): string {
  if (!inner.includes('\\')) return inner;
  return inner.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** The pattern of a quoted string's inside, for building line parsers. */
export const quotedInner = '((?:[^"\\\\]|\\\\.)*)';
