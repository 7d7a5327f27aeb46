import type { Rng } from '@forge/gym';
import type { JsonValue } from '@forge/spec';

type Schema = { readonly [key: string]: unknown };

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-';

function sampleNumber(schema: Schema, rng: Rng, integer: boolean): number {
  const min =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum + (integer ? 1 : 1e-3)
        : integer
          ? 0
          : 0;
  const max =
    typeof schema.maximum === 'number'
      ? schema.maximum
      : typeof schema.exclusiveMaximum === 'number'
        ? schema.exclusiveMaximum - (integer ? 1 : 1e-3)
        : min + 1000;
  if (integer) return rng.int(Math.ceil(min), Math.floor(max));
  return Math.round((min + rng.float() * (max - min)) * 1000) / 1000;
}

/**
 * A value valid by a JSON Schema, drawn from a seeded generator. It covers
 * the keywords tool catalogs use (type, enum, const, anyOf, properties,
 * required, items, minItems, minLength, numeric bounds); optional
 * properties are included half the time.
 */
export function sampleFromSchema(schema: Schema, rng: Rng): JsonValue {
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return rng.pick(schema.enum) as JsonValue;
  if ('const' in schema) return schema.const as JsonValue;
  if (Array.isArray(schema.anyOf) && schema.anyOf.length > 0) {
    return sampleFromSchema(rng.pick(schema.anyOf) as Schema, rng);
  }
  const type = Array.isArray(schema.type) ? rng.pick(schema.type as string[]) : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Readonly<Record<string, Schema>>;
      const required = new Set((schema.required ?? []) as string[]);
      const out: Record<string, JsonValue> = {};
      for (const [name, property] of Object.entries(properties)) {
        if (required.has(name) || rng.chance(0.5)) out[name] = sampleFromSchema(property, rng);
      }
      return out;
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const count = rng.int(min, min + 2);
      const items = (schema.items ?? {}) as Schema;
      return Array.from({ length: count }, () => sampleFromSchema(items, rng));
    }
    case 'integer':
      return sampleNumber(schema, rng, true);
    case 'number':
      return sampleNumber(schema, rng, false);
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    default: {
      const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
      const length = rng.int(Math.max(1, min), Math.max(1, min) + 8);
      return Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');
    }
  }
}
