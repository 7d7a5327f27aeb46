/** Small text helpers shared by formatters and parsers. */

/**
 * `fixed3` texts by thousandths. The text depends only on the value rounded
 * to thousandths (it prints `round(value * 1000) / 1000`), and frames and tap
 * points fall in 0..4.095 nearly always, so their texts sit in a table
 * indexed by that integer: one array read where a map keyed by the double
 * hashed it (about 3x slower), and `toFixed` runs once per thousandth. -0
 * rounds to index 0 and prints like 0. At most 4096 short strings.
 */
const fixed3Table: (string | undefined)[] = new Array(4096).fill(undefined);

/** A number with exactly 3 decimals, as frames and tap points are printed. */
export function fixed3(value: number): string {
  const thousandths = Math.round(value * 1000);
  if (!(thousandths >= 0 && thousandths < fixed3Table.length))
    return (thousandths / 1000).toFixed(3);
  let text = fixed3Table[thousandths];
  if (text === undefined) {
    text = (thousandths / 1000).toFixed(3);
    fixed3Table[thousandths] = text;
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
