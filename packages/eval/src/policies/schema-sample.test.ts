import { createRng } from '@forge/gym';
import { defaultCatalog } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleFromSchema } from './schema-sample.js';

describe('sampleFromSchema', () => {
  it('draws arguments valid by schema for every tool of the default catalog', () => {
    const catalog = defaultCatalog();
    fc.assert(
      fc.property(fc.constantFrom(...catalog.tools), fc.integer(), (tool, seed) => {
        const args = sampleFromSchema(tool.inputSchema, createRng(seed));
        expect(catalog.checkArguments(tool.name, args)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
