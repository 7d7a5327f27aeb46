import { ForgeError } from '../errors.js';
import { fail, ok, type Result } from '../result.js';
import { closeSchema } from './close-schema.js';
import { createStrictAjv, toIssues, type ValidateFunction } from './compile.js';
import type { ArgumentIssue, Catalog, ToolSpec } from './tool-spec.js';

/**
 * Builds a catalog from tool specs already parsed from JSON: checks names,
 * descriptions and schemas, closes object schemas, and compiles each one.
 * `source` names where the tools came from, for error locations.
 */
export function createCatalog(
  input: readonly unknown[],
  source = 'catalog',
): Result<Catalog, ForgeError> {
  const ajv = createStrictAjv();
  const tools: ToolSpec[] = [];
  const validators = new Map<string, ValidateFunction>();
  for (const [index, raw] of input.entries()) {
    const at = `${source}: tools[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail(
        new ForgeError(
          'FORGE_CATALOG_SHAPE',
          'expected an object with name, description and inputSchema',
          { location: at },
        ),
      );
    }
    const tool = raw as Record<string, unknown>;
    const name = tool.name;
    if (typeof name !== 'string' || name.length === 0) {
      return fail(
        new ForgeError('FORGE_CATALOG_SHAPE', 'missing field "name" (a non-empty string)', {
          location: at,
        }),
      );
    }
    const named = `${at} (${name})`;
    for (const key of Object.keys(tool)) {
      if (
        key !== 'name' &&
        key !== 'description' &&
        key !== 'inputSchema' &&
        key !== 'annotations' &&
        key !== 'title'
      ) {
        return fail(
          new ForgeError('FORGE_CATALOG_SHAPE', `unknown field "${key}"`, { location: named }),
        );
      }
    }
    if (typeof tool.description !== 'string' || tool.description.trim().length === 0) {
      return fail(
        new ForgeError('FORGE_CATALOG_SHAPE', 'missing field "description" (a non-empty string)', {
          location: named,
        }),
      );
    }
    if (validators.has(name)) {
      return fail(
        new ForgeError('FORGE_CATALOG_DUPLICATE', `duplicate tool name "${name}"`, {
          location: named,
        }),
      );
    }
    const schema = tool.inputSchema;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      return fail(
        new ForgeError(
          'FORGE_CATALOG_SHAPE',
          'missing field "inputSchema" (a JSON Schema object)',
          { location: named },
        ),
      );
    }
    const closed = closeSchema(schema as Record<string, unknown>);
    if (!closed.success) {
      return fail(
        new ForgeError(closed.error.code, closed.error.message, {
          location: `${named}.inputSchema${closed.error.path}`,
        }),
      );
    }
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(closed.value);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      return fail(
        new ForgeError('FORGE_CATALOG_SCHEMA', `invalid schema: ${why}`, {
          location: `${named}.inputSchema`,
          cause,
        }),
      );
    }
    validators.set(name, validate);
    tools.push({ name, description: tool.description, inputSchema: closed.value });
  }
  return ok(buildCatalog(tools, validators));
}

function buildCatalog(
  tools: readonly ToolSpec[],
  validators: ReadonlyMap<string, ValidateFunction>,
): Catalog {
  const byName = new Map(tools.map((t) => [t.name, t] as const));
  const names = tools.map((t) => t.name);
  return {
    tools,
    names,
    get: (name) => byName.get(name),
    has: (name) => byName.has(name),
    checkArguments(name: string, args: unknown): readonly ArgumentIssue[] {
      const validate = validators.get(name);
      if (!validate)
        return [
          { code: 'unknown-tool', path: '', message: `no tool named "${name}" in the catalog` },
        ];
      return validate(args) ? [] : toIssues(validate.errors);
    },
    subset(wanted: Iterable<string>): Catalog {
      const keep = new Set(wanted);
      return buildCatalog(
        tools.filter((t) => keep.has(t.name)),
        validators,
      );
    },
  };
}
