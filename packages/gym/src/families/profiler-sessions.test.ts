/**
 * The saved session a profiler-sessions task goes back to usually covers a
 * screen with a hotspot, so querying its CPU data finds functions. It used
 * to hold the home screen only, where no hotspot ever is, and every one of
 * the family's queries came back with `"results":[]`.
 */
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { solve } from '../testing/scripted-solver.js';

const env = createEnv();

describe('profiler-sessions', () => {
  it('loads a session whose CPU query lists functions in most episodes, and none in a few', () => {
    let found = 0;
    let empty = 0;
    for (let seed = 0; seed < 120; seed += 1) {
      env.reset({ seed, family: 'profiler-sessions', injections: [] });
      const queries = solve(env)
        .filter((r) => !r.isError && r.text.includes('"results"'))
        .map((r) => (JSON.parse(r.text) as { results: unknown[] }).results);
      expect(queries.length, `seed ${seed}`).toBeGreaterThan(0);
      expect(env.isSuccess(), `seed ${seed}`).toBe(true);
      if ((queries.at(-1) ?? []).length > 0) found += 1;
      else empty += 1;
    }
    expect(found).toBeGreaterThan(80);
    expect(empty).toBeGreaterThan(0);
  });
});
