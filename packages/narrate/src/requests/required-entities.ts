import type { Task } from '@forge/spec';
import { countNamed } from '../internal/claims.js';

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

/**
 * The required entities a text lacks: each must occur case-insensitively and
 * as a whole, so "Home" is not kept by "homebuddy.example.com"; a number may
 * carry a unit ("48h" names 48, see `countNamed`).
 */
export function missingEntities(text: string, entities: readonly string[]): readonly string[] {
  const lower = text.toLowerCase();
  return entities.filter((entity) => countNamed(lower, entity.toLowerCase()) === 0);
}
