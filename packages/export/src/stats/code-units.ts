import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';

/** Below this length the call into Buffer#write costs more than it saves. */
const nativeFrom = 32;

/** 'utf16le' bytes read back as platform-order units only on a little-endian machine. */
const littleEndian = endianness() === 'LE';

let units = new Uint16Array(1 << 14);
let bytes = Buffer.from(units.buffer);

function grow(length: number): void {
  units = new Uint16Array(Math.max(length, units.length * 2));
  bytes = Buffer.from(units.buffer);
}

/**
 * A string's UTF-16 code units in a typed array, for the loops that read
 * every character of every record (the token estimate, the hashes).
 *
 * Why not `text.charCodeAt(i)`: that loop is fast only while every string
 * it is given has the same V8 representation, and a generate run gives it
 * many: the gym's observations are concatenations (cons strings),
 * JSON.stringify output is flat, tool names are internalized, some texts
 * are two-byte. The lookup of `charCodeAt` then goes megamorphic and every
 * character pays a generic call, about 15 ns instead of 5 on a run's
 * message texts. `Buffer#write` copies any representation at native speed,
 * and a loop over a Uint16Array always sees the same shape.
 *
 * The array is shared: each call overwrites it, so read its first
 * `text.length` units before calling again.
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (n > units.length) grow(n);
  if (n < nativeFrom || !littleEndian) {
    for (let i = 0; i < n; i += 1) units[i] = text.charCodeAt(i);
  } else bytes.write(text, 0, 'utf16le');
  return units;
}
