import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';
import type { PoolSize } from './value-pools.js';

const narrator = createNarrator();

function distinctShare(pool: PoolSize, total: number): number {
  const requests = new Set<string>();
  for (let i = 0; i < total; i += 1) {
    const family = familyIds[i % familyIds.length] as string;
    requests.add(narrator.narrate(makeDraft(i * 7919 + 13, family, pool)).request);
  }
  return requests.size / total;
}

describe('distinct requests over 10,000 drafts', () => {
  it('at least 90% are distinct with realistic param variety', () => {
    const share = distinctShare('wide', 10_000);
    console.log(`distinct requests, wide params: ${(share * 100).toFixed(2)}%`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('at least 90% are distinct when params come from a small pool (20 apps x 20 labels)', () => {
    const share = distinctShare('small', 10_000);
    console.log(`distinct requests, small param pool: ${(share * 100).toFixed(2)}%`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('varies by wording alone: one fixed task per family, 100 seeds each', () => {
    let distinct = 0;
    for (const family of familyIds) {
      const base = makeDraft(1, family, 'small');
      const requests = new Set<string>();
      for (let seed = 0; seed < 100; seed += 1)
        requests.add(narrator.narrate({ ...base, seed }).request);
      distinct += requests.size;
    }
    const share = distinct / (familyIds.length * 100);
    console.log(`distinct requests, params fixed per family: ${(share * 100).toFixed(2)}%`);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
