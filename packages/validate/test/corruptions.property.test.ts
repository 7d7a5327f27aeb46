import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corruptions, defaultGates, validate } from '../src/index.js';
import { scriptedTrajectory } from '../src/testing/scripted-player.js';
import { corruptedTrajectoryArb } from '../src/testing.js';
import { codes, context } from './support/context.js';
import { handRecord, ios, listed } from './support/hand-record.js';

describe('corruption operators', () => {
  it('number at least 20, with distinct names', () => {
    expect(corruptions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corruptions.map((c) => c.name)).size).toBe(corruptions.length);
  });

  for (const corruption of corruptions) {
    it(`${corruption.name} is rejected with ${corruption.expectedCode} wherever it applies`, () => {
      fc.assert(
        fc.property(corruptedTrajectoryArb(scriptedTrajectory, corruption.name), (c) => {
          expect(codes(validate(c.record, context))).toContain(c.expectedCode);
        }),
        { numRuns: 20 },
      );
    });
  }

  it('are rejected with their code at every applicable place, not only drawn ones', () => {
    // Seeds 0..9 cover each scripted family twice, on every platform.
    const records = Array.from({ length: 10 }, (_, seed) => scriptedTrajectory(seed));
    const misses: string[] = [];
    let cases = 0;
    for (const corruption of corruptions) {
      for (const record of records) {
        for (const place of corruption.applicable(record)) {
          cases += 1;
          const found = codes(validate(corruption.apply(record, place), context));
          if (!found.includes(corruption.expectedCode))
            misses.push(`${corruption.name} ${record.id} @ ${place}: ${found.join(', ')}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
  });

  it('out-of-enum changes an enum argument in place, or adds a call with one', () => {
    const op = corruptions.find((c) => c.name === 'out-of-enum');
    const record = handRecord([
      listed,
      ['button', { udid: ios, button: 'home' }, '{"pressed":"home"}'],
      ['describe', { udid: ios }, 'x'],
    ]);
    const calls = (r: typeof record) =>
      r.messages.flatMap((m) => (m.role === 'assistant' ? (m.toolCalls ?? []) : []));
    expect(op?.applicable(record)).toEqual([1, 2]);
    const inPlace = op?.apply(record, 1) ?? record;
    expect(calls(inPlace).map((c) => c.arguments.button)).toEqual([
      undefined,
      'home-other',
      undefined,
      undefined,
    ]);
    const added = op?.apply(record, 2) ?? record;
    expect(calls(added).map((c) => c.name)).toEqual([
      'list-devices',
      'button',
      'describe',
      'button',
      'stop-all-simulator-servers',
    ]);
    for (const r of [inPlace, added]) {
      expect(
        codes(validate(r, { catalog: context.catalog }, defaultGates({ replay: false }))),
      ).toContain('schema.out-of-enum');
    }
  });

  it('leave the original record unchanged', () => {
    const original = scriptedTrajectory(3);
    const before = JSON.stringify(original);
    for (const c of corruptions)
      for (const place of c.applicable(original)) c.apply(original, place);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('shrink a counterexample to the smallest seed and the first place', () => {
    // A gate set without grounding lets ungrounded taps through: the property must fail, and shrink.
    const blind = defaultGates({ replay: false }).filter((g) => g.name !== 'grounding');
    const result = fc.check(
      fc.property(
        corruptedTrajectoryArb(scriptedTrajectory, 'ungrounded-tap', { maxSeed: 5000 }),
        (c) => codes(validate(c.record, context, blind)).includes(c.expectedCode),
      ),
      { numRuns: 50, seed: 42 },
    );
    expect(result.failed).toBe(true);
    const [shrunk] = result.counterexample ?? [];
    const first = corruptions
      .find((c) => c.name === 'ungrounded-tap')
      ?.applicable(scriptedTrajectory(0))[0];
    expect(shrunk?.seed).toBe(0);
    expect(shrunk?.place).toBe(first);
  });
});
