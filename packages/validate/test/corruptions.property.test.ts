import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corruptions, defaultGates, groundingGate, validate } from '../src/index.js';
import { scriptedTrajectory } from '../src/testing/scripted-player.js';
import { corruptEveryPlace, corruptedTrajectoryArb, validTrajectoryArb } from '../src/testing.js';
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
    const { misses, cases } = corruptEveryPlace(records, (r) => codes(validate(r, context)));
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

  it('shrink a counterexample to the shortest trajectory and its first place', () => {
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
    expect(result.numShrinks).toBeGreaterThan(0);
    const [shrunk] = result.counterexample ?? [];
    const op = corruptions.find((c) => c.name === 'ungrounded-tap');
    if (!shrunk || !op) throw new Error('no counterexample, or no ungrounded-tap operator');
    // Every record fails here, so the counterexample is the shortest record of
    // the first 32 seeds the operator applies to, at its first place.
    const lengths = Array.from({ length: 32 }, (_, s) => scriptedTrajectory(s))
      .filter((r) => op.applicable(r).length > 0)
      .map((r) => r.messages.length);
    expect(shrunk.original.messages.length).toBe(Math.min(...lengths));
    expect(Math.max(...lengths)).toBeGreaterThan(Math.min(...lengths));
    expect(shrunk.place).toBe(op.applicable(shrunk.original)[0]);
  });

  it('shrink a failure that only some trajectories show to the shortest of those', () => {
    // A grounding gate that skips iOS: only iOS records fail.
    const skipsIos = {
      name: 'grounding',
      check: (record: Parameters<typeof groundingGate.check>[0]) =>
        record.meta.platform === 'ios' ? [] : groundingGate.check(record, context),
    };
    const gates = [
      ...defaultGates({ replay: false }).filter((g) => g.name !== 'grounding'),
      skipsIos,
    ];
    const result = fc.check(
      fc.property(validTrajectoryArb(scriptedTrajectory, { maxSeed: 5000 }), (record) => {
        const op = corruptions.find((c) => c.name === 'ungrounded-tap');
        const place = op?.applicable(record)[0];
        if (!op || place === undefined) return true;
        return codes(validate(op.apply(record, place), context, gates)).includes(op.expectedCode);
      }),
      { numRuns: 100, seed: 7 },
    );
    expect(result.failed).toBe(true);
    const [shrunk] = result.counterexample ?? [];
    const failing = Array.from({ length: 32 }, (_, s) => scriptedTrajectory(s)).filter(
      (r) =>
        r.meta.platform === 'ios' &&
        (corruptions.find((c) => c.name === 'ungrounded-tap')?.applicable(r).length ?? 0) > 0,
    );
    expect(failing.length).toBeGreaterThan(1);
    expect(shrunk?.meta.platform).toBe('ios');
    expect(shrunk?.messages.length).toBe(Math.min(...failing.map((r) => r.messages.length)));
  });
});
