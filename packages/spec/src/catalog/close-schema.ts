import type { ForgeErrorCode } from '../errors.js';
import { fail, ok, type Result } from '../result.js';

/** Why a schema could not be closed. */
export interface CloseSchemaError {
  readonly code: ForgeErrorCode;
  readonly message: string;
  /** Where in the schema, as `.properties.steps.items`. */
  readonly path: string;
}

/**
 * Forge's tool schemas are closed: an argument the schema does not name is
 * an error, because a model that invents parameters must be caught. Object
 * schemas that say nothing about extra properties are closed here; a root
 * schema that explicitly allows them is refused, since closing it would
 * change its meaning.
 */
export function closeSchema(
  schema: Record<string, unknown>,
): Result<Record<string, unknown>, CloseSchemaError> {
  if (schema.type !== 'object') {
    return fail({
      code: 'FORGE_CATALOG_SCHEMA',
      message: 'the root schema must have "type": "object"',
      path: '',
    });
  }
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false) {
    return fail({
      code: 'FORGE_CATALOG_OPEN_SCHEMA',
      message:
        'the schema allows unknown arguments ("additionalProperties" must be false or absent)',
      path: '.additionalProperties',
    });
  }
  return ok(closeNode(schema) as Record<string, unknown>);
}

function closeNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeNode);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Enum, const and default values are data, not schemas: copy them as they are.
    out[key] =
      key === 'enum' || key === 'const' || key === 'default' || key === 'examples'
        ? value
        : closeSubschemas(key, value);
  }
  if ('properties' in out && !('additionalProperties' in out) && !('patternProperties' in out)) {
    out.additionalProperties = false;
  }
  return out;
}

function closeSubschemas(key: string, value: unknown): unknown {
  if (
    key === 'properties' &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value)
  ) {
    return Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, closeNode(sub)]));
  }
  return closeNode(value);
}
