import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../src/commands/eval.js';
import { evalDeps } from '../src/generate/eval-deps.js';
import type { CommandIo } from '../src/io.js';
import { readJsonl } from './built-bin.js';

const io = (cwd: string): CommandIo => ({ stdout: () => {}, stderr: () => {}, env: {}, cwd });

/** Plays the random policy briefly on a dataset whose manifest records `injections`. */
async function play(injections: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'forge-eval-injections-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      args: injections === undefined ? {} : { injections },
      seedRanges: { train: { from: 0, to: 100 }, eval: { from: 8000, to: 8030 } },
    }),
  );
  const args = ['--policy', 'random', '--data', '.', '--max-turns', '2', '--out', 'e'];
  expect(await evalCommand(args, io(dir), evalDeps())).toBe(0);
  const results = JSON.parse(readFileSync(join(dir, 'e', 'results.json'), 'utf8'));
  const episodes = readJsonl(join(dir, 'e', 'episodes.jsonl'));
  return { config: results.config, injected: episodes.filter((e) => e.injections.length > 0) };
}

describe('forge eval --data: the dataset’s failure schedule', () => {
  it('plays clean worlds for a dataset generated with --injections none', async () => {
    const clean = await play('none');
    expect(clean.config.injections).toBe('none');
    expect(clean.injected).toHaveLength(0);
  });

  it('keeps the seeded failures of a dataset generated with them, or that does not say', async () => {
    for (const recorded of ['seeded', undefined]) {
      const seeded = await play(recorded);
      expect(seeded.config.injections).toBe('seeded');
      expect(seeded.injected.length).toBeGreaterThan(0);
    }
  });
});
