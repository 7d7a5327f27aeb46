import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv, weightedIndex } from './env.js';
import type { TaskFamily } from './families/family.js';
import { createFamilyRegistry, defaultFamilies } from './families/registry.js';
import { createRng } from './rng.js';

const stub = (id: string, weight?: number): TaskFamily => ({
  id,
  tools: [],
  platforms: ['ios'],
  kinds: ['native'],
  ...(weight === undefined ? {} : { weight }),
  supports: () => true,
  sample: () => undefined,
});

describe('family weights', () => {
  it('draws every family with a positive weight, in proportion to it', () => {
    const families = [stub('a'), stub('b', 0.5), stub('c', 2)];
    const rng = createRng(11);
    const counts: number[] = [0, 0, 0];
    const n = 35_000;
    for (let i = 0; i < n; i += 1) {
      const i = weightedIndex(rng, families);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    // Expected shares 1/3.5, 0.5/3.5, 2/3.5; 35k draws keep each within 2 points.
    expect((counts[0] ?? 0) / n).toBeCloseTo(1 / 3.5, 1);
    expect((counts[1] ?? 0) / n).toBeCloseTo(0.5 / 3.5, 1);
    expect((counts[2] ?? 0) / n).toBeCloseTo(2 / 3.5, 1);
  });

  it('returns an index in range for any positive weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer(),
        (weights, seed) => {
          const families = weights.map((w, i) => stub(`f${i}`, w));
          const i = weightedIndex(createRng(seed), families);
          return Number.isInteger(i) && i >= 0 && i < families.length;
        },
      ),
    );
  });

  it('refuses a weight that is not a positive finite number', () => {
    for (const w of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createFamilyRegistry([stub('x', w)])).toThrow(/weight/);
  });

  it('draws the grounding families about twice, the UI-free ones about half, as often as the others', () => {
    const weightOf = (w: number) =>
      defaultFamilies
        .filter((f) => f.weight === w)
        .map((f) => f.id)
        .sort();
    const light = weightOf(0.5);
    const heavy = weightOf(2);
    expect(light).toEqual([
      'chromium-tabs',
      'cookies-storage',
      'device-release',
      'profiler-sessions',
      'update-notice',
      'workspace-data',
    ]);
    expect(heavy).toEqual([
      'hide-and-seek',
      'login',
      'navigate-tap',
      'profile-drilldown',
      'scroll-find',
      'toggle',
    ]);
    expect(defaultFamilies.filter((f) => f.weight !== undefined)).toHaveLength(12);
    const env = createEnv();
    const counts = new Map<string, number>();
    const n = 2000;
    for (let seed = 0; seed < n; seed += 1) {
      const { task } = env.reset({ seed, injections: 'none' });
      counts.set(task.family, (counts.get(task.family) ?? 0) + 1);
    }
    expect(counts.size).toBe(defaultFamilies.length);
    const share = (id: string) => (counts.get(id) ?? 0) / n;
    for (const id of light) expect(share(id)).toBeGreaterThan(0.01);
    const mean = (ids: readonly string[]) => ids.reduce((a, id) => a + share(id), 0) / ids.length;
    const rest = defaultFamilies
      .map((f) => f.id)
      .filter((id) => !light.includes(id) && !heavy.includes(id));
    const full = mean(rest);
    expect(mean(light) / full).toBeGreaterThan(0.35);
    expect(mean(light) / full).toBeLessThan(0.7);
    expect(mean(heavy) / full).toBeGreaterThan(1.6);
    expect(mean(heavy) / full).toBeLessThan(2.4);
  });
});
