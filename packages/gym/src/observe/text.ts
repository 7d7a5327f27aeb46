/** Small text helpers shared by formatters and parsers. */

/** A number with exactly 3 decimals, as frames and tap points are printed. */
export function fixed3(value: number): string {
  return (Math.round(value * 1000) / 1000).toFixed(3);
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
