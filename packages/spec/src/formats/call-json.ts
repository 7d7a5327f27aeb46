import type { JsonObject, JsonValue } from '../json.js';
import { fail, ok, type Result } from '../result.js';
import type { ParsedCall, ReplyParseError } from './types.js';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one call written as JSON, `{"name": …, "<argumentsKey>": {…}}`.
 * Strict about JSON and about the shape: a model that writes arguments as a
 * string, or no name, made an error worth counting, not a call to guess at.
 * Missing arguments read as `{}` (a call to a tool without parameters).
 */
export function parseCallJson(
  body: string,
  argumentsKey: 'arguments' | 'parameters' = 'arguments',
): Result<ParsedCall, ReplyParseError> {
  let value: JsonValue;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ code: 'malformed-json', message: `call body is not JSON: ${reason}` });
  }
  if (!isObject(value) || typeof value.name !== 'string' || value.name === '') {
    return fail({ code: 'bad-call-shape', message: 'a call needs a non-empty string "name"' });
  }
  const args = value[argumentsKey];
  if (args === undefined) return ok({ name: value.name, arguments: {} });
  if (!isObject(args)) {
    return fail({
      code: 'bad-call-shape',
      message: `"${argumentsKey}" of ${value.name} must be a JSON object`,
    });
  }
  return ok({ name: value.name, arguments: args });
}

/**
 * The index just past the JSON object that starts at `start` (a `{`), or -1
 * when the text ends first. String-aware, so braces and tags inside string
 * values do not end the object early.
 */
export function scanJsonObject(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
