import type { JsonValue, TrajectoryRecord } from '@forge/spec';
import { hash53 } from './stats/hash.js';

/** JSON with object keys sorted at every depth, so key order never splits duplicates. */
function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
}

/**
 * The near-duplicate key of a record: its family and the exact sequence of
 * calls with their arguments, ignoring every word of narration (request
 * wording, assistant text, final answer). Two records with one key teach
 * the same behaviour, so they must not straddle splits. The app's name and
 * the platform are left out too: where they matter, they are in the calls
 * (a bundle id, a device udid); where they are not, they are words of the
 * request, and a test record whose every call a train record makes is a
 * leak whatever app its request names.
 * Two independent 53-bit hashes: 28 hex characters.
 */
export function contentKey(record: TrajectoryRecord): string {
  const parts = [record.meta.family];
  for (const message of record.messages)
    if (message.role === 'assistant')
      for (const call of message.toolCalls ?? [])
        parts.push(`${call.name}${canonicalJson(call.arguments)}`);
  const text = parts.join('\u0000');
  const hex = (seed: number) => hash53(text, seed).toString(16).padStart(14, '0');
  return `${hex(1)}${hex(2)}`;
}

/** The two 53-bit hashes a content key is made of, for compact tables. */
export function contentKeyHashes(key: string): readonly [number, number] {
  if (!/^[0-9a-f]{28}$/.test(key)) throw new RangeError(`not a content key: "${key}"`);
  return [Number.parseInt(key.slice(0, 14), 16), Number.parseInt(key.slice(14), 16)];
}
