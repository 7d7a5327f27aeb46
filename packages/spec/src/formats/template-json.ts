import type { JsonValue } from '../json.js';

/**
 * JSON with `", "` and `": "` separators and unescaped unicode: what
 * Hugging Face chat templates produce with `tojson` (Python's `json.dumps`
 * defaults). Text formats use it so that a record rendered here and the same
 * record rendered by a model's own chat template agree byte for byte.
 */
export function templateJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(templateJson).join(', ')}]`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${JSON.stringify(key)}: ${templateJson(item)}`,
  );
  return `{${entries.join(', ')}}`;
}
