import { describe, expect, it } from 'vitest';
import { replayGate } from '../src/index.js';
import { codes, context, knownGood } from './support/context.js';

const seeds = Array.from({ length: 200 }, (_, s) => s);

describe('replayGate', () => {
  it('reproduces a known-good record', () => {
    expect(codes(replayGate.check(knownGood(5), context))).toEqual([]);
  });

  it("accepts a record that lists only fired failures, using the seed's own schedule", () => {
    const seed = seeds.find((s) => knownGood(s).meta.injections.includes('boot-timeout'));
    expect(seed).toBeDefined();
    const record = knownGood(seed ?? 0);
    expect(record.meta.injections).toEqual(['boot-timeout']);
    // boot-timeout shapes the initial world (the device starts shut down): an explicit
    // empty list would not reproduce it, the seeded schedule does.
    expect(
      codes(replayGate.check({ ...record, meta: { ...record.meta, injections: [] } }, context)),
    ).toEqual([]);
  });

  it('rejects a record whose task the seed does not give', () => {
    const record = knownGood(7);
    const meta = { ...record.meta, app: `${record.meta.app} Pro` };
    expect(codes(replayGate.check({ ...record, meta }, context))).toEqual(['replay.task-mismatch']);
  });

  it('rejects an error flag that the replay does not raise', () => {
    const record = knownGood(8);
    const messages = record.messages.map((m, i) =>
      i === 3 && m.role === 'tool' ? { ...m, isError: true } : m,
    );
    expect(codes(replayGate.check({ ...record, messages }, context))).toEqual([
      'replay.error-flag-mismatch',
    ]);
  });
});
