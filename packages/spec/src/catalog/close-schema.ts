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

/** Keywords whose value maps names to subschemas. */
const nameMaps = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);
/** Keywords whose value is one subschema that stands for a whole value of its own. */
const ownSchemas = new Set([
  'items',
  'additionalItems',
  'contains',
  'additionalProperties',
  'propertyNames',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const propertyNames = (node: unknown): string[] =>
  isObject(node) && isObject(node.properties) ? Object.keys(node.properties) : [];

/**
 * Closes one schema node and everything under it.
 *
 * - A node that names its properties gets `additionalProperties: false`
 *   unless it says otherwise. An object schema that names no properties
 *   (`{"type": "object"}`) is a free-form value, like run-sequence's `args`,
 *   whose keys belong to another schema, and stays open.
 * - Branches of `allOf` (and of `if`/`then`/`else`, and of `anyOf`/`oneOf`
 *   next to the node's own properties) describe one object together, so
 *   closing each branch would refuse the properties of the others. They are
 *   left open and the node itself is closed over the union of every
 *   property they name. `anyOf`/`oneOf` branches of a node without
 *   properties are alternatives, and each is closed on its own.
 */
function closeNode(node: unknown, closeSelf = true): unknown {
  if (Array.isArray(node)) return node.map((item) => closeNode(item));
  if (!isObject(node)) return node;
  const ownProperties = propertyNames(node);
  const out: Record<string, unknown> = {};
  const joined: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (nameMaps.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([n, sub]) => [n, closeNode(sub)]));
    } else if (ownSchemas.has(key)) {
      out[key] = closeNode(value);
    } else if (key === 'allOf' && Array.isArray(value)) {
      joined.push(...value);
      out[key] = value.map((branch) => closeNode(branch, false));
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      const alternatives = ownProperties.length === 0;
      if (!alternatives) joined.push(...value);
      out[key] = value.map((branch) => closeNode(branch, alternatives));
    } else if (
      (key === 'if' || key === 'then' || key === 'else' || key === 'not') &&
      isObject(value)
    ) {
      if (key !== 'not') joined.push(value);
      out[key] = closeNode(value, false);
    } else {
      // Enum, const, default, examples, required…: data, copied as it is.
      out[key] = value;
    }
  }
  const names = new Set([...ownProperties, ...joined.flatMap(propertyNames)]);
  if (
    closeSelf &&
    names.size > 0 &&
    !('additionalProperties' in out) &&
    !('patternProperties' in out)
  ) {
    // Names declared only in branches join `properties` as `{}` (any value;
    // the branch still checks it) because draft-07's additionalProperties
    // sees only the node's own `properties`.
    const properties = { ...(isObject(out.properties) ? out.properties : {}) };
    for (const name of names) if (!(name in properties)) properties[name] = {};
    out.properties = properties;
    out.additionalProperties = false;
  }
  return out;
}
