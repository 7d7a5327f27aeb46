import type { Message, TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import {
  sampleMessages,
  sampleRecord,
  sampleTools,
} from '../internal/sample-record.test-helper.js';
import { createExampleTokenCounter } from './example-tokens.js';
import { hash53 } from './hash.js';
import { createStatsAccumulator } from './stats.js';
import { createStatsFeatures } from './stats-features.js';

const catalog = { names: [...sampleTools.map((tool) => tool.name), 'rotate'] };

const plain: TrajectoryRecord = sampleRecord({
  id: 'b',
  split: 'valid',
  meta: {
    ...sampleRecord().meta,
    family: 'read-screen',
    persona: 'chatty',
    injections: [],
    recovered: false,
    calls: 3,
    app: 'Notes',
  },
  messages: [
    ...sampleMessages.slice(0, 1),
    { role: 'user', content: 'What is on screen?' },
    ...sampleMessages.slice(6, 9),
    { role: 'assistant', content: 'A switch.' },
  ] satisfies Message[],
});

function run(records: readonly TrajectoryRecord[], contextLimit = 400) {
  const stats = createStatsAccumulator({ catalog, contextLimit });
  for (const record of records) stats.add(record);
  stats.addReject([
    { gate: 'schema', code: 'schema.unknown-argument', message: 'x' },
    { gate: 'schema', code: 'schema.unknown-argument', message: 'y' },
  ]);
  stats.addReject([{ gate: 'grounding', code: 'grounding.ungrounded-tap', message: 'z' }]);
  return stats.result();
}

describe('createStatsAccumulator', () => {
  it('gives the same stats from features sent across threads as from the records', () => {
    const records = [sampleRecord(), sampleRecord({ id: 'a2' }), plain];
    const features = createStatsFeatures();
    const fromFeatures = createStatsAccumulator({ catalog, contextLimit: 400 });
    // structuredClone is what postMessage does to a worker's features.
    for (const record of records) fromFeatures.addFeatures(structuredClone(features(record)));
    const fromRecords = createStatsAccumulator({ catalog, contextLimit: 400 });
    for (const record of records) fromRecords.add(record);
    expect(fromFeatures.result()).toEqual(fromRecords.result());
    expect(fromFeatures.result().records.total).toBe(3);
    expect(fromFeatures.result().diversity.distinctTapPoints).toBeGreaterThan(0);
  });

  it('counts splits, rejects by code, facets and coverage', () => {
    const result = run([sampleRecord(), sampleRecord({ id: 'a2' }), plain]);
    expect(result.records).toEqual({ total: 3, train: 2, valid: 1, test: 0, eval: 0 });
    expect(result.rejected).toEqual({
      total: 2,
      byCode: { 'grounding.ungrounded-tap': 1, 'schema.unknown-argument': 1 },
    });
    expect(result.families).toEqual({ 'read-screen': 1, 'toggle-setting': 2 });
    expect(result.tools).toMatchObject({ catalog: 7, used: 6, neverUsed: ['rotate'] });
    expect(result.tools.calls['gesture-tap']).toBe(4);
    expect(result.recovery).toEqual({ withInjections: 2, recovered: 2, percent: 66.67 });
    expect(result.callsPerTrajectory).toEqual({ mean: 5.67, median: 7, min: 3, max: 7 });
  });

  it('measures diversity from observations, taps, requests and apps', () => {
    const result = run([sampleRecord(), sampleRecord({ id: 'a2' }), plain]);
    expect(result.diversity).toEqual({
      distinctScreens: 1,
      distinctTapPoints: 1,
      distinctRequests: 2,
      distinctRequestsPercent: 66.67,
      distinctApps: 2,
      estimated: [],
    });
  });

  it('names the diversity figures that went past the exact limit as estimates', () => {
    const stats = createStatsAccumulator({ catalog, contextLimit: 8192, exactLimit: 1 });
    for (const record of [sampleRecord(), sampleRecord({ id: 'a2' }), plain]) stats.add(record);
    const { diversity } = stats.result();
    expect(diversity.estimated).toEqual([
      'distinctRequests',
      'distinctRequestsPercent',
      'distinctApps',
    ]);
    // Two values in 2^16 registers: the estimate is the count.
    expect([diversity.distinctRequests, diversity.distinctApps]).toEqual([2, 2]);
  });

  it('never estimates more distinct requests or apps than there are records', () => {
    // Each record has one request and one app, so the true counts are at
    // most the record count; a HyperLogLog estimate of 1,000 distinct
    // requests reads 1,004, which made distinctRequestsPercent 100.4.
    const stats = createStatsAccumulator({ catalog, contextLimit: 8192, exactLimit: 10 });
    const base = createStatsFeatures()(plain);
    const total = 1000;
    for (let i = 0; i < total; i += 1)
      stats.addFeatures({ ...base, request: hash53(`request ${i}`), app: hash53(`app ${i}`) });
    const { diversity } = stats.result();
    expect(diversity.estimated).toContain('distinctRequests');
    expect(diversity.distinctRequests).toBeLessThanOrEqual(total);
    expect(diversity.distinctRequestsPercent).toBeLessThanOrEqual(100);
    expect(diversity.distinctApps).toBeLessThanOrEqual(total);
    // Still an estimate, not a made-up figure: within 1% of the truth.
    expect(diversity.distinctRequests).toBeGreaterThan(total * 0.99);
  });

  it('estimates tokens per example against the context limit', () => {
    const count = createExampleTokenCounter();
    const [small, large] = [count(plain), count(sampleRecord())];
    const limit = Math.floor((small + large) / 2);
    const { tokens } = run([sampleRecord(), plain, plain], limit);
    expect(small).toBeLessThan(large);
    expect(tokens).toMatchObject({
      p50: small,
      p95: large,
      max: large,
      contextLimit: limit,
      overLimit: 1,
    });
  });

  it('gives the same bytes whatever order the records arrive in', () => {
    const a = run([sampleRecord(), plain, sampleRecord({ id: 'a2' })]);
    const b = run([plain, sampleRecord({ id: 'a2' }), sampleRecord()]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
