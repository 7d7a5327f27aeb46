import { defaultCatalog } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { defaultFamilies } from './registry.js';

describe('the default families', () => {
  it('are the 28 of docs/families.md, with unique ids', () => {
    const ids = defaultFamilies.map((f) => f.id);
    expect(new Set(ids).size).toBe(28);
    expect(ids.length).toBe(28);
  });

  it('together exercise every tool of the default catalog, and only catalog tools', () => {
    const catalog = defaultCatalog().tools.map((t) => t.name);
    const union = new Set(defaultFamilies.flatMap((f) => f.tools));
    expect([...union].sort()).toEqual([...catalog].sort());
  });
});
