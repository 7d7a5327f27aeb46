import { ForgeError } from '../errors.js';
import { locateJsonError } from '../json-location.js';
import { fail, type Result } from '../result.js';
import { createCatalog } from './create-catalog.js';
import type { Catalog } from './tool-spec.js';

function toolsOf(data: unknown): unknown[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const tools = (data as { tools?: unknown }).tools;
  return Array.isArray(tools) ? tools : undefined;
}

/** The `result` of a JSON-RPC 2.0 response, as an MCP server answers `tools/list`. */
function rpcResult(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { jsonrpc?: unknown; result?: unknown };
  return message.jsonrpc === '2.0' ? message.result : undefined;
}

/**
 * Parses catalog JSON text: an array of tools, an object with a `tools`
 * array (the result of an MCP `tools/list`), or the whole JSON-RPC response
 * that carries that result, as captured from a server.
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
  const list = Array.isArray(data) ? data : (toolsOf(data) ?? toolsOf(rpcResult(data)));
  if (!list) {
    return fail(
      new ForgeError(
        'FORGE_CATALOG_SHAPE',
        'expected a JSON array of tools, an object with a "tools" array, or a JSON-RPC response whose "result" has one',
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
