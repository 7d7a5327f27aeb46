import { defaultCatalog } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { defaultFamilies } from './registry.js';
import { servedFamilies } from './served.js';

const full = defaultCatalog();
const without = (...prefixes: string[]) =>
  full.subset(full.names.filter((name) => !prefixes.some((p) => name.startsWith(p))));

describe('families a catalog serves', () => {
  it('serves every family with the full toolkit, so the default env draws as before', () => {
    const { served, unserved } = servedFamilies(defaultFamilies, full);
    expect(served).toEqual(defaultFamilies);
    expect(unserved).toEqual([]);
    expect(createEnv().unservedFamilies).toEqual([]);
  });

  it('leaves out exactly the families whose tools are missing, naming the missing tools', () => {
    fc.assert(
      fc.property(fc.subarray([...full.names], { minLength: 1 }), (dropped) => {
        const catalog = full.subset(full.names.filter((n) => !dropped.includes(n)));
        const { served, unserved } = servedFamilies(defaultFamilies, catalog);
        expect(served.length + unserved.length).toBe(defaultFamilies.length);
        for (const family of served)
          expect(family.tools.some((t) => dropped.includes(t))).toBe(false);
        for (const left of unserved) {
          const family = defaultFamilies.find((f) => f.id === left.id);
          expect(left.missing).toEqual(family?.tools.filter((t) => dropped.includes(t)));
          expect(left.missing.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never draws a left-out family, and says why when one is asked for', () => {
    const env = createEnv({ catalog: without('flow-', 'react-profiler-') });
    const left = env.unservedFamilies.map((u) => u.id);
    expect(left).toContain('flow-record');
    expect(left).toContain('profile-performance');
    for (let seed = 0; seed < 300; seed += 1)
      expect(left).not.toContain(env.reset({ seed }).task.family);
    expect(() => env.reset({ seed: 1, family: 'flow-record' })).toThrow(
      /task family "flow-record" needs tools the catalog lacks: flow-start-recording/,
    );
    expect(() => env.reset({ seed: 1, family: 'no-such-family' })).toThrow(
      /unknown task family "no-such-family"/,
    );
  });

  it('refuses a catalog that serves no family', () => {
    expect(() => createEnv({ catalog: full.subset(['screenshot']) })).toThrow(
      /the catalog serves no task family: .*navigate-tap \(list-devices, launch-app, open-url, describe, gesture-tap\)/,
    );
  });
});
