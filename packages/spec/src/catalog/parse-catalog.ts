import { ForgeError } from '../errors.js';
import { locateJsonError } from '../json-location.js';
import { fail, type Result } from '../result.js';
import { createCatalog } from './create-catalog.js';
import type { Catalog } from './tool-spec.js';

/**
 * Parses catalog JSON text: an array of tools, or an object with a `tools`
 * array (the whole body of an MCP `tools/list` result).
 */
export function parseCatalog(text: string, source = 'catalog'): Result<Catalog, ForgeError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const { location, message } = locateJsonError(text, cause, source);
    return fail(
      new ForgeError('FORGE_CATALOG_JSON', `not valid JSON: ${message}`, { location, cause }),
    );
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { tools?: unknown }).tools)
      ? (data as { tools: unknown[] }).tools
      : undefined;
  if (!list) {
    return fail(
      new ForgeError(
        'FORGE_CATALOG_SHAPE',
        'expected a JSON array of tools (or an object with a "tools" array)',
        { location: source },
      ),
    );
  }
  if (list.length === 0) {
    return fail(
      new ForgeError('FORGE_CATALOG_SHAPE', 'the catalog has no tools', { location: source }),
    );
  }
  return createCatalog(list, source);
}
