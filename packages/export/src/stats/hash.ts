import { codeUnits } from './code-units.js';

/**
 * A 53-bit string hash (cyrb53): fits a JavaScript number exactly, so sets
 * of hashes stay Sets of numbers, and collisions stay negligible at a
 * million distinct values (about one chance in 18,000).
 */
export function hash53(text: string, seed = 0): number {
  const units = codeUnits(text);
  const n = text.length;
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < n; i++) {
    const code = units[i] as number;
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
