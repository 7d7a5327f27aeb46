import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultWorkers, parseGenerateArgs } from './options.js';

describe('generate options', () => {
  it('defaults to one worker per core but one, at least 1 and at most 8', () => {
    expect([1, 2, 3, 4, 9, 10, 64].map((cores) => defaultWorkers(cores))).toEqual([
      1, 1, 2, 3, 8, 8, 8,
    ]);
  });

  it('uses the default when --workers is not given, and takes 0 when asked', () => {
    const parsed = parseGenerateArgs(['--n', '10'], {});
    const zero = parseGenerateArgs(['--n', '10', '--workers', '0'], {});
    if (parsed === 'help' || zero === 'help') throw new Error('help');
    expect(parsed.workers).toBe(defaultWorkers(availableParallelism()));
    expect(zero.workers).toBe(0);
  });
});
