import fc from 'fast-check';

type Schema = Record<string, unknown>;

/** A fast-check arbitrary of values valid under a (closed, simple) JSON Schema. */
export function valueFor(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as Schema[]).map(valueFor));
  switch (schema.type) {
    case 'string':
      return fc.string({ minLength: (schema.minLength as number | undefined) ?? 0, maxLength: 12 });
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = (schema.minimum as number | undefined) ?? -1000;
      const max = (schema.maximum as number | undefined) ?? min + 100_000;
      return fc.integer({ min, max });
    }
    case 'number': {
      const exclusiveMin = schema.exclusiveMinimum as number | undefined;
      const min = (schema.minimum as number | undefined) ?? exclusiveMin ?? -1000;
      const max = (schema.maximum as number | undefined) ?? min + 10_000;
      return fc.double({
        min,
        max,
        noNaN: true,
        noDefaultInfinity: true,
        minExcluded: exclusiveMin !== undefined,
      });
    }
    case 'array': {
      const items = (schema.items as Schema | undefined) ?? { type: 'string' };
      return fc.array(valueFor(items), {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: 3,
      });
    }
    case 'object':
      return objectFor(schema);
    default:
      return fc.constant(null);
  }
}

/** Valid objects: every required property, and any subset of the optional ones. */
export function objectFor(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) record[name] = valueFor(sub);
  if (Object.keys(record).length === 0) return fc.constant({});
  return fc.record(record, { requiredKeys: [...required] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** A value whose JSON type differs from what the schema asks for. */
export function wrongTypeFor(schema: Schema): unknown {
  if (Array.isArray(schema.anyOf)) return { wrong: true };
  switch (schema.type) {
    case 'string':
      return 42;
    case 'number':
    case 'integer':
      return 'not-a-number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return Array.isArray(schema.enum) && typeof schema.enum[0] === 'string' ? 7 : 'wrong';
  }
}
