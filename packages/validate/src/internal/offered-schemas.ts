import {
  type ArgumentIssue,
  type Catalog,
  createCatalog,
  type JsonSchema,
  type ToolSpec,
} from '@forge/spec';
import { stableJson } from './stable-json.js';

/** How an offered tool's schema relates to the catalog's. */
export type OfferedSchema =
  | { readonly kind: 'same' }
  | { readonly kind: 'not-in-catalog' }
  | { readonly kind: 'invalid'; readonly reason: string }
  | {
      readonly kind: 'different';
      readonly check: (args: unknown) => readonly ArgumentIssue[];
    };

/** Compiled offered schemas by their stable JSON; shared across records and catalogs. */
const compiled = new Map<string, OfferedSchema>();
/** Stable JSON of schema objects already seen, by identity (in-process records share them). */
const textOf = new WeakMap<object, string>();

function schemaText(schema: JsonSchema): string {
  let text = textOf.get(schema);
  if (text === undefined) {
    text = stableJson(schema);
    textOf.set(schema, text);
  }
  return text;
}

function compile(tool: ToolSpec, text: string): OfferedSchema {
  const cached = compiled.get(text);
  if (cached) return cached;
  const built = createCatalog([
    { name: tool.name, description: tool.description || tool.name, inputSchema: tool.inputSchema },
  ]);
  const result: OfferedSchema = built.success
    ? {
        kind: 'different',
        check: (args) => built.value.checkArguments(tool.name, args),
      }
    : { kind: 'invalid', reason: built.error.message };
  // Bounded so a stream of odd records cannot grow memory without limit.
  if (compiled.size > 1000) compiled.clear();
  compiled.set(text, result);
  return result;
}

/**
 * Compares an offered tool's schema with the catalog's. Offered tools are
 * usually the catalog's own objects or JSON copies of them, so the common
 * path is an identity or string comparison; a schema that differs is
 * compiled once per distinct text and cached.
 */
export function offeredSchema(catalog: Catalog, tool: ToolSpec): OfferedSchema {
  const known = catalog.get(tool.name);
  if (!known) return { kind: 'not-in-catalog' };
  if (known.inputSchema === tool.inputSchema) return { kind: 'same' };
  const text = schemaText(tool.inputSchema);
  if (text === schemaText(known.inputSchema)) return { kind: 'same' };
  return compile(tool, text);
}
