import { describe, expect, it, vi } from 'vitest';
import { defaultWorkers, parseGenerateArgs } from './options.js';

// Five cores, so the default (4) differs from the old fixed default of 1 on
// any machine the test runs on.
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => 5,
}));

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
    expect(parsed.workers).toBe(4);
    expect(zero.workers).toBe(0);
  });

  it('says a negative number is out of range rather than an ambiguous flag', () => {
    expect(() => parseGenerateArgs(['--n', '-5'], {})).toThrow(
      '--n must be an integer in [0, 1000000000], got "-5"',
    );
    expect(() => parseGenerateArgs(['--workers', '-1'], {})).toThrow(/--workers must be/);
    // A boolean flag takes no value, negative or not: still refused.
    expect(() => parseGenerateArgs(['--lean', '-5'], {})).toThrow();
  });

  it('refuses an empty or non-decimal number instead of reading it as 0 or hex', () => {
    expect(() => parseGenerateArgs(['--n='], {})).toThrow(
      '--n must be an integer in [0, 1000000000], got ""',
    );
    expect(() => parseGenerateArgs(['--seed', ' '], {})).toThrow(/--seed must be/);
    expect(() => parseGenerateArgs(['--eval', '0x10'], {})).toThrow(/--eval must be/);
    expect(() => parseGenerateArgs(['--workers', '1e0'], {})).toThrow(/--workers must be/);
    expect(() => parseGenerateArgs(['--n', '1000000001'], {})).toThrow(/--n must be/);
    const most = parseGenerateArgs(['--n', '1000000000'], {});
    expect(most !== 'help' && most.n).toBe(1_000_000_000);
    const ok = parseGenerateArgs(['--n', '007'], {});
    expect(ok !== 'help' && ok.n).toBe(7);
  });

  it('bounds --context-limit by a readable number, not 2^53', () => {
    expect(() => parseGenerateArgs(['--context-limit', '10000001'], {})).toThrow(
      '--context-limit must be an integer in [256, 10000000], got "10000001"',
    );
    const most = parseGenerateArgs(['--context-limit', '10000000'], {});
    expect(most !== 'help' && most.contextLimit).toBe(10_000_000);
  });

  it('refuses flags that would silently do nothing', () => {
    expect(() => parseGenerateArgs(['--per-turn'], {})).toThrow(/add --format mlx/);
    expect(() => parseGenerateArgs(['--held-out-packs', '--eval', '0'], {})).toThrow(
      /--held-out-packs .*--eval 0/,
    );
    expect(parseGenerateArgs(['--held-out-packs', '--eval', '5'], {})).not.toBe('help');
    expect(() => parseGenerateArgs(['--per-turn', '--format', 'openai'], {})).toThrow(
      /--format mlx/,
    );
    expect(() => parseGenerateArgs(['--lean', '--offered', '30'], {})).toThrow(/one of them/);
    expect(() => parseGenerateArgs(['--dpo', '--format', 'openai'], {})).toThrow(/--format trl/);
    const ok = parseGenerateArgs(['--per-turn', '--format', 'mlx', '--lean'], {});
    expect(ok !== 'help' && ok.perTurn && ok.lean).toBe(true);
  });

  // The manifest and shard.json record the list: in the order typed, the same
  // dataset got two manifests, and merge refused shards whose command lines
  // named the formats in another order as 'different arguments'.
  it('reads --format as a set: any order, repeats and several flags give one list', () => {
    const formats = (...args: string[]) => {
      const parsed = parseGenerateArgs(args, {});
      return parsed === 'help' ? [] : parsed.formats;
    };
    expect(formats('--format', 'mlx,openai')).toEqual(['openai', 'mlx']);
    expect(formats('--format', 'mlx', '--format', 'openai,mlx')).toEqual(['openai', 'mlx']);
    expect(formats('--format', 'gemma, trl,sharegpt')).toEqual(['sharegpt', 'trl', 'gemma']);
  });

  it('takes all for every trainer format and canonical as the files always written', () => {
    const formats = (...args: string[]) => {
      const parsed = parseGenerateArgs(args, {});
      return parsed === 'help' ? [] : parsed.formats;
    };
    expect(formats('--format', 'all')).toEqual([
      'openai',
      'sharegpt',
      'mlx',
      'trl',
      'hermes',
      'gemma',
    ]);
    expect(formats('--format', 'canonical,openai,sharegpt')).toEqual(['openai', 'sharegpt']);
    expect(formats('--format', 'canonical')).toEqual([]);
    expect(() => formats('--format', 'canonical,jsonl')).toThrow(
      /unknown --format jsonl; choose from .* or all/,
    );
  });
});
