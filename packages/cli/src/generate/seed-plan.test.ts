import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRatios, planSeeds, rangesDisjoint } from './seed-plan.js';
import { resolveShard } from './shard.js';

const ratios = { train: 0.9, valid: 0.05, test: 0.05 };

describe('planSeeds', () => {
  it('cuts n into 90/5/5 and puts eval in a separate block', () => {
    const plan = planSeeds({ n: 1000, evalCount: 50, seed: 0, ratios });
    expect(plan.train).toEqual({ start: 0, end: 900 });
    expect(plan.valid).toEqual({ start: 900, end: 950 });
    expect(plan.test).toEqual({ start: 950, end: 1000 });
    expect(plan.eval.end - plan.eval.start).toBe(50);
    expect(plan.eval.start).toBeGreaterThan(plan.test.end);
  });

  it('never overlaps, for any sizes, ratios and global seeds', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 100_000 }),
        fc.nat({ max: 899_999 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 50 }),
        (n, m, seed, a, b) => {
          const r = parseRatios(`${100 - a - b}/${a}/${b}`);
          const plan = planSeeds({ n, evalCount: m, seed, ratios: r });
          expect(rangesDisjoint(plan)).toBe(true);
          expect(plan.test.end - plan.train.start).toBe(n);
          const other = planSeeds({ n, evalCount: m, seed: seed + 1, ratios: r });
          expect(other.train.start).toBeGreaterThanOrEqual(plan.eval.end);
        },
      ),
    );
  });

  it('refuses bad sizes and ratios', () => {
    expect(() => planSeeds({ n: -1, evalCount: 0, seed: 0, ratios })).toThrow(/--n/);
    expect(() => parseRatios('90/5')).toThrow(/--split/);
    expect(() => parseRatios('0/0/0')).toThrow(/zero/);
    // Number('') is 0: a typo must not become an empty split.
    for (const typo of ['90/10/', '90//10', '/5/5', '90/ /10', '90/0x5/5'])
      expect(() => parseRatios(typo), typo).toThrow(/--split must be three numbers/);
    expect(parseRatios(' 90 / 5 / 5 ')).toEqual(parseRatios('0.9,0.05,0.05'));
    // Before: scaled to thirds (50/50/50) or 84/11/5 (80/10/5) without a word.
    for (const typo of ['50/50/50', '80/10/5', '1/2/3', '0.9/0.1/0.1'])
      expect(() => parseRatios(typo), typo).toThrow(/--split must add up to 100/);
    expect(parseRatios('80/10/10')).toEqual(parseRatios('.8,.1,.1'));
    expect(parseRatios('33.4/33.3/33.3').train).toBeCloseTo(0.334);
  });
});

describe('shards', () => {
  it('reads the index from Kubernetes or Slurm when the flag gives only the count', () => {
    expect(resolveShard('2/4', {})).toEqual({ index: 2, count: 4 });
    expect(resolveShard('/4', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 3, count: 4 });
    expect(resolveShard(undefined, { SLURM_ARRAY_TASK_ID: '1', FORGE_SHARD_COUNT: '2' })).toEqual({
      index: 1,
      count: 2,
    });
    // A job index alone (Slurm sets one in every array task) leaves the run whole.
    expect(
      resolveShard(undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' }),
    ).toEqual({ index: 0, count: 1 });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '1' })).toEqual({ index: 0, count: 1 });
    expect(resolveShard(undefined, {})).toEqual({ index: 0, count: 1 });
    // Slurm arrays need not start at 0 or step by 1: --array=1-4, --array=10-40:10.
    const slurm = (id: string, min: string, step?: string) =>
      resolveShard('/4', {
        SLURM_ARRAY_TASK_ID: id,
        SLURM_ARRAY_TASK_MIN: min,
        ...(step === undefined ? {} : { SLURM_ARRAY_TASK_STEP: step }),
      });
    expect(slurm('1', '1')).toEqual({ index: 0, count: 4 });
    expect(slurm('4', '1')).toEqual({ index: 3, count: 4 });
    expect(slurm('30', '10', '10')).toEqual({ index: 2, count: 4 });
    expect(() => slurm('15', '10', '10')).toThrow(/job index is "0.5", not a whole number/);
    expect(() => slurm('5', '1')).toThrow(/out of range/);
    expect(() => resolveShard('4/4', {})).toThrow(/out of range/);
    expect(() => resolveShard(undefined, { FORGE_SHARD_COUNT: '2' })).toThrow(
      /needs JOB_COMPLETION/,
    );
    expect(() => resolveShard('/2', { JOB_COMPLETION_INDEX: 'abc' })).toThrow(
      /job index is "abc", not a whole number/,
    );
    expect(() => slurm('5', '1')).toThrow(/^--shard \/4 with job index 4 is out of range/);
  });

  it('names the flag or variable an out-of-range shard came from', () => {
    expect(() => resolveShard('3/3', {})).toThrow(/^--shard 3\/3 is out of range/);
    expect(() =>
      resolveShard(undefined, { JOB_COMPLETION_INDEX: '3', FORGE_SHARD_COUNT: '2' }),
    ).toThrow(/^FORGE_SHARD_COUNT=2 with job index 3 is out of range/);
  });

  it('says a FORGE_SHARD_COUNT that is not a number is not a number', () => {
    for (const count of ['x', '2.5', '-2', ' 2'])
      expect(() =>
        resolveShard(undefined, { JOB_COMPLETION_INDEX: '1', FORGE_SHARD_COUNT: count }),
      ).toThrow(`FORGE_SHARD_COUNT is "${count}", not a whole number of shards`);
  });

  // Past 2^53 the count prints as 1e+23, so the folder was shard-0-of-1e+23,
  // which merge does not recognise as a shard folder.
  it('refuses a shard count past the integers a number holds exactly', () => {
    expect(() => resolveShard('0/99999999999999999999999', {})).toThrow(/out of range/);
  });
});
