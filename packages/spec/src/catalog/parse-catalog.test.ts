import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from './load-catalog-file.js';
import { parseCatalog } from './parse-catalog.js';

const tap = {
  name: 'tap',
  description: 'Tap a point.',
  inputSchema: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] },
};

function errorOf(text: string) {
  const result = parseCatalog(text, 'cat.json');
  if (result.success) throw new Error('expected the catalog to be rejected');
  return result.error;
}

describe('parseCatalog', () => {
  it('accepts an array and an MCP tools/list body, and closes open-by-omission schemas', () => {
    for (const text of [
      JSON.stringify([tap]),
      JSON.stringify({ tools: [tap] }),
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: { tools: [tap] } }),
    ]) {
      const result = parseCatalog(text);
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.value.checkArguments('tap', { x: 0.5 })).toEqual([]);
      expect(result.value.checkArguments('tap', { x: 0.5, y: 1 })[0]?.code).toBe(
        'unknown-argument',
      );
    }
  });

  it('refuses a JSON-RPC error or a non-2.0 message as a catalog', () => {
    for (const body of [
      { jsonrpc: '2.0', id: 1, error: { code: -32601, message: 'no' } },
      { jsonrpc: '1.0', result: { tools: [tap] } },
    ]) {
      const result = parseCatalog(JSON.stringify(body), 'cat.json');
      expect(result.success ? '' : result.error.code).toBe('FORGE_CATALOG_SHAPE');
    }
  });

  it('closes nested objects, $defs, allOf unions and anyOf alternatives; free-form objects stay open', () => {
    const tool = (inputSchema: Record<string, unknown>) => ({
      name: 't',
      description: 'd',
      inputSchema: { type: 'object', ...inputSchema },
    });
    const check = (inputSchema: Record<string, unknown>) => {
      const result = parseCatalog(JSON.stringify([tool(inputSchema)]));
      if (!result.success) throw new Error(result.error.message);
      return (args: Record<string, unknown>) =>
        result.value.checkArguments('t', args as never).map((v) => v.code);
    };
    const nested = check({
      properties: {
        steps: {
          type: 'array',
          items: {
            type: 'object',
            properties: { tool: { type: 'string' }, args: { type: 'object' } },
          },
        },
        point: { $ref: '#/$defs/point' },
      },
      $defs: { point: { type: 'object', properties: { x: { type: 'number' } } } },
    });
    expect(nested({ steps: [{ tool: 'a', args: { any: 1, keys: 2 } }], point: { x: 1 } })).toEqual(
      [],
    );
    expect(nested({ steps: [{ tool: 'a', extra: 1 }] })).toContain('unknown-argument');
    expect(nested({ point: { x: 1, y: 2 } })).toContain('unknown-argument');
    const joined = check({
      allOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'number' } } }],
    });
    expect(joined({ a: 'x', b: 1 })).toEqual([]);
    expect(joined({ a: 'x', c: 1 })).toContain('unknown-argument');
    expect(joined({ b: 'not a number' })).not.toEqual([]);
    const either = check({
      anyOf: [
        { properties: { a: { type: 'string' } }, required: ['a'] },
        { properties: { b: { type: 'string' } }, required: ['b'] },
      ],
    });
    expect(either({ a: 'x' })).toEqual([]);
    expect(either({ b: 'y' })).toEqual([]);
    expect(either({ a: 'x', c: 'z' })).not.toEqual([]);
  });

  it('rejects duplicate names, naming the tool', () => {
    const error = errorOf(JSON.stringify([tap, tap]));
    expect(error.code).toBe('FORGE_CATALOG_DUPLICATE');
    expect(error.location).toBe('cat.json: tools[1] (tap)');
  });

  it('rejects missing fields', () => {
    expect(
      errorOf(JSON.stringify([{ description: 'd', inputSchema: { type: 'object' } }])).code,
    ).toBe('FORGE_CATALOG_SHAPE');
    const noDescription = errorOf(JSON.stringify([{ name: 'a', inputSchema: { type: 'object' } }]));
    expect(noDescription.code).toBe('FORGE_CATALOG_SHAPE');
    expect(noDescription.message).toContain('description');
    expect(errorOf(JSON.stringify([{ name: 'a', description: 'd' }])).message).toContain(
      'inputSchema',
    );
    expect(errorOf('{"not":"tools"}').code).toBe('FORGE_CATALOG_SHAPE');
    expect(errorOf('[]').code).toBe('FORGE_CATALOG_SHAPE');
  });

  it('rejects schemas ajv strict mode refuses, naming the tool', () => {
    const bad = { ...tap, inputSchema: { type: 'object', properties: { x: { type: 'numbr' } } } };
    const error = errorOf(JSON.stringify([bad]));
    expect(error.code).toBe('FORGE_CATALOG_SCHEMA');
    expect(error.oneLine()).toContain('tools[0] (tap)');
    const unknownKeyword = {
      ...tap,
      inputSchema: { type: 'object', properties: { x: { type: 'number', maxiumum: 1 } } },
    };
    expect(errorOf(JSON.stringify([unknownKeyword])).code).toBe('FORGE_CATALOG_SCHEMA');
    expect(errorOf(JSON.stringify([{ ...tap, inputSchema: { type: 'string' } }])).code).toBe(
      'FORGE_CATALOG_SCHEMA',
    );
  });

  it('refuses schemas that explicitly allow unknown arguments', () => {
    const open = { ...tap, inputSchema: { ...tap.inputSchema, additionalProperties: true } };
    expect(errorOf(JSON.stringify([open])).code).toBe('FORGE_CATALOG_OPEN_SCHEMA');
  });

  it('locates JSON syntax errors by line and column', () => {
    const error = errorOf('[\n  {"name": "a",,}\n]');
    expect(error.code).toBe('FORGE_CATALOG_JSON');
    expect(error.location).toMatch(/^cat\.json:2:\d+$/);
    // Node 20's message for a missing value names no position.
    expect(errorOf('[\n  {"name": "a", "description": }\n]').location).toBe('cat.json:2:32');
  });

  it('reports a missing file with its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-catalog-'));
    const missing = await loadCatalogFile(join(dir, 'nope.json'));
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.code).toBe('FORGE_CATALOG_NOT_FOUND');
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify([tap]));
    const loaded = await loadCatalogFile(file);
    expect(loaded.success && loaded.value.names).toEqual(['tap']);
  });
});
