import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EpisodeResult } from '../src/loop/episode-result.js';

/** A fresh temporary directory for one test's output. */
export function tempDir(prefix = 'forge-eval-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The episodes of a run directory, in file order. */
export function readEpisodesFile(dir: string): EpisodeResult[] {
  return readFileSync(join(dir, 'episodes.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as EpisodeResult);
}

/** Seeds a..b inclusive. */
export function seedRange(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
