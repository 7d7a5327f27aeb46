import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default-catalog.js';
import { objectFor, wrongTypeFor } from './schema-arbitrary.test-helper.js';

const catalog = defaultCatalog();
type Schema = Record<string, unknown>;
const schemaOf = (name: string): Schema => catalog.get(name)?.inputSchema as Schema;
const propertiesOf = (name: string): Record<string, Schema> =>
  (schemaOf(name).properties as Record<string, Schema> | undefined) ?? {};
const requiredOf = (name: string): string[] =>
  (schemaOf(name).required as string[] | undefined) ?? [];

describe('default catalog', () => {
  it('holds the 67 tools of the device toolkit with unique names', () => {
    expect(catalog.tools).toHaveLength(67);
    expect(new Set(catalog.names).size).toBe(67);
    for (const name of [
      'list-devices',
      'gesture-tap',
      'run-sequence',
      'flow-execute',
      'dismiss-update',
    ]) {
      expect(catalog.has(name)).toBe(true);
    }
  });

  it('describes every tool and every parameter', () => {
    for (const tool of catalog.tools) {
      expect(tool.description.length, tool.name).toBeGreaterThan(20);
      for (const [param, schema] of Object.entries(propertiesOf(tool.name))) {
        expect(typeof schema.description, `${tool.name}.${param}`).toBe('string');
      }
    }
  });

  it('keeps the required fields, enums and ranges of the toolkit', () => {
    expect(requiredOf('gesture-tap').sort()).toEqual(['udid', 'x', 'y']);
    expect(requiredOf('list-devices')).toEqual([]);
    expect(propertiesOf('button').button?.enum).toContain('appSwitch');
    expect(propertiesOf('gesture-tap').x).toMatchObject({ minimum: 0, maximum: 1 });
    expect(propertiesOf('debugger-connect').port?.default).toBe(8081);
    expect(
      catalog.checkArguments('gesture-tap', { udid: 'emulator-5554', x: 1.2, y: 0.5 })[0]?.code,
    ).toBe('out-of-range');
    expect(catalog.checkArguments('rotate', { udid: 'u', orientation: 'Sideways' })[0]?.code).toBe(
      'out-of-enum',
    );
    expect(catalog.checkArguments('no-such-tool', {})[0]?.code).toBe('unknown-tool');
  });

  it('accepts every generated valid call, for every tool', () => {
    for (const tool of catalog.tools) {
      fc.assert(
        fc.property(objectFor(schemaOf(tool.name)), (args) => {
          expect(catalog.checkArguments(tool.name, args)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('names a wrong type as wrong-type, for every parameter of every tool', () => {
    let checked = 0;
    for (const tool of catalog.tools) {
      const valid = fc.sample(objectFor(schemaOf(tool.name)), { numRuns: 1, seed: 1 })[0] ?? {};
      for (const [param, schema] of Object.entries(propertiesOf(tool.name))) {
        // A union (anyOf) reports the branch errors instead of one type error.
        if (Array.isArray((schema as { anyOf?: unknown }).anyOf)) continue;
        const issues = catalog.checkArguments(tool.name, {
          ...valid,
          [param]: wrongTypeFor(schema),
        });
        expect(issues, `${tool.name}.${param}`).toContainEqual(
          expect.objectContaining({ code: 'wrong-type', path: `/${param}` }),
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('rejects an unknown argument, a wrong type and a missing required field, for every tool', () => {
    const arbitrary = fc
      .constantFrom(...catalog.names)
      .chain((name) => fc.tuple(fc.constant(name), objectFor(schemaOf(name)), fc.nat()));
    fc.assert(
      fc.property(arbitrary, ([name, args, pick]) => {
        const unknown = catalog.checkArguments(name, { ...args, notAParameter: 1 });
        expect(unknown.map((i) => i.code)).toContain('unknown-argument');

        const params = Object.keys(propertiesOf(name));
        if (params.length > 0) {
          const param = params[pick % params.length] as string;
          const wrong = catalog.checkArguments(name, {
            ...args,
            [param]: wrongTypeFor(propertiesOf(name)[param] ?? {}),
          });
          expect(wrong.length).toBeGreaterThan(0);
          expect(wrong.map((i) => i.path)).toContain(`/${param}`);
        }

        const required = requiredOf(name);
        if (required.length > 0) {
          const dropped = required[pick % required.length] as string;
          const { [dropped]: _gone, ...rest } = args;
          const missing = catalog.checkArguments(name, rest);
          expect(missing).toContainEqual(
            expect.objectContaining({ code: 'missing-required', path: `/${dropped}` }),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('defaultToolPlatforms', () => {
  it('names a platform set for exactly the catalog tools', async () => {
    const { defaultToolPlatforms } = await import('./tool-platforms.js');
    expect(Object.keys(defaultToolPlatforms).sort()).toEqual([...catalog.names].sort());
    expect(defaultToolPlatforms['gesture-scroll']).toEqual(['chromium']);
    expect(defaultToolPlatforms['gesture-rotate']).toEqual(['ios']);
  });
});
