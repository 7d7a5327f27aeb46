import { createRng, validateAppSpec } from '@forge/gym';
import { describe, expect, it } from 'vitest';
import { parkingPack } from './parking-pack.js';

describe('parkingPack', () => {
  it('generates consistent apps over many seeds on every platform it supports', () => {
    for (let seed = 0; seed < 300; seed += 1) {
      for (const request of parkingPack.supports) {
        expect(validateAppSpec(parkingPack.generate(createRng(seed), request))).toEqual([]);
      }
    }
  });

  it('makes a different app per seed and the same app for the same seed', () => {
    const request = parkingPack.supports[0] ?? { platform: 'ios', kind: 'native' };
    expect(parkingPack.generate(createRng(1), request)).toStrictEqual(
      parkingPack.generate(createRng(1), request),
    );
    expect(parkingPack.generate(createRng(1), request)).not.toStrictEqual(
      parkingPack.generate(createRng(2), request),
    );
  });
});
