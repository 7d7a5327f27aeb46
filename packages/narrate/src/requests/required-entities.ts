import type { Task } from '@forge/spec';
import { countNamed } from '../internal/claims.js';
import { plainWords } from './vocabulary.js';

/**
 * The param values a request must contain (case-insensitively): the app and
 * every string or number param of the family. `platform` is left out (the
 * request names the platform only sometimes) and booleans are asked for by
 * wording (`stop` → "and stop Metro"), not by value.
 */
export function requiredEntities(task: Task): readonly string[] {
  const out = new Set<string>([String(task.params.app ?? task.app)]);
  for (const [name, value] of Object.entries(task.params)) {
    if (name === 'platform' || name === 'app' || typeof value === 'boolean') continue;
    const text = String(value);
    if (text !== '') out.add(text);
  }
  return [...out];
}

/** Plain names by lower-cased code value, from `plainWords`. */
const plainNames = new Map<string, readonly string[]>();
for (const byValue of Object.values(plainWords))
  for (const [value, words] of Object.entries(byValue)) {
    const key = value.toLowerCase();
    const names = [...(plainNames.get(key) ?? []), ...words.map((w) => w.toLowerCase())];
    plainNames.set(
      key,
      [...new Set(names)].filter((name) => name !== key),
    );
  }

// "all 2 pages" is said "both pages" (see `writeRequest`): "both" names 2.
plainNames.set('2', ['both']);

/**
 * The lower-cased ways a text may name an entity: the value itself and, for
 * a code, its plain words ("upside down" names PortraitUpsideDown, "warning"
 * names warn; see `plainWords`); "both" names 2.
 */
export function entityNames(entity: string): readonly string[] {
  const lower = entity.toLowerCase();
  return [lower, ...(plainNames.get(lower) ?? [])];
}

/**
 * How often a lower-cased text names an entity, by any of its names (see
 * `entityNames` and `countNamed`). A plain name inside a longer one
 * ("upside down" in "portrait (upside down)") is counted once.
 */
export function countEntity(lowerText: string, entity: string): number {
  const names = entityNames(entity);
  if (names.length === 1) return countNamed(lowerText, names[0] as string);
  let text = lowerText;
  let count = 0;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    count += countNamed(text, name);
    text = text.split(name).join(' ');
  }
  return count;
}

/**
 * The required entities a text lacks: each must occur case-insensitively and
 * as a whole, so "Home" is not kept by "homebuddy.example.com"; a number may
 * carry a unit ("48h" names 48, see `countNamed`), a code its plain words.
 */
export function missingEntities(text: string, entities: readonly string[]): readonly string[] {
  const lower = text.toLowerCase();
  return entities.filter((entity) => countEntity(lower, entity) === 0);
}
