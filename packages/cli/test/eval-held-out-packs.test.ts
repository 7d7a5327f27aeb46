import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heldOutSeedStart, planEpisodes } from '@forge/eval';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../src/commands/eval.js';
import { type EpisodeConfig, episodeResetPack } from '../src/generate/episode.js';
import { evalDeps } from '../src/generate/eval-deps.js';
import type { CommandIo } from '../src/io.js';
import { readJsonl } from './built-bin.js';

const heldOut = evalDeps().heldOutPacks ?? [];
// episodeResetPack reads only heldOutPacks of the generate config.
const generateConfig = { heldOutPacks: true } as EpisodeConfig;
const seeds = Array.from({ length: 1000 }, (_, i) => heldOutSeedStart + i);

function io(cwd: string): CommandIo {
  return { stdout: () => {}, stderr: () => {}, env: {}, cwd };
}

describe('held-out packs: eval plays each seed in the pack generate reserved for it', () => {
  it('plans the pack generate resets an eval-split seed with, for every seed', () => {
    expect(heldOut.length).toBeGreaterThan(1);
    const planned = planEpisodes({ seeds, k: 1, runSeed: 0, packs: heldOut }).map((s) => s.pack);
    expect(planned).toEqual(seeds.map((seed) => episodeResetPack(seed, 'eval', generateConfig)));
    // Every held-out pack gets seeds, so the match is not one constant.
    expect(new Set(planned)).toEqual(new Set(heldOut));
  });

  it('follows the dataset: held-out packs when its manifest says generate used them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-eval-packs-'));
    const manifest = (heldOutPacks: boolean) =>
      JSON.stringify({
        args: { heldOutPacks },
        seedRanges: { train: { from: 0, to: 100 }, eval: { from: 7000, to: 7012 } },
      });
    writeFileSync(join(dir, 'manifest.json'), manifest(true));
    expect(
      await evalCommand(
        ['--policy', 'expert', '--data', '.', '--out', 'held'],
        io(dir),
        evalDeps(),
      ),
    ).toBe(0);
    const played = readJsonl(join(dir, 'held', 'episodes.jsonl'));
    expect(played.map((e) => e.pack)).toEqual(
      played.map((e) => episodeResetPack(e.seed, 'eval', generateConfig)),
    );
    expect(played.every((e) => e.success)).toBe(true);

    writeFileSync(join(dir, 'manifest.json'), manifest(false));
    expect(
      await evalCommand(
        ['--policy', 'expert', '--data', '.', '--out', 'open'],
        io(dir),
        evalDeps(),
      ),
    ).toBe(0);
    const open = readJsonl(join(dir, 'open', 'episodes.jsonl'));
    expect(open.some((e) => heldOut.includes(e.pack))).toBe(false);
    const results = JSON.parse(readFileSync(join(dir, 'open', 'results.json'), 'utf8'));
    expect(results.config.packs).toBeNull();
  });
});
