import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runForge } from './built-bin.js';

/**
 * The worlds a dataset reserved for evaluation are the ones eval plays:
 * generate --held-out-packs resets each eval seed on a held-out pack, and
 * eval --data on the same seeds must reset on the same pack, or it scores
 * the model on worlds nobody held out.
 */
describe('forge eval --data on a held-out-pack dataset (built binary)', () => {
  it('plays every eval-split record’s own task: same seed, same pack, same task id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-eval-held-out-'));
    const generate = ['generate', '--n', '2', '--eval', '12', '--seed', '5', '--held-out-packs'];
    const generated = runForge([...generate, '--out', 'gen', '--no-progress'], dir);
    expect(generated.stderr).toBe('');
    expect(generated.status).toBe(0);
    const scored = runForge(['eval', '--policy', 'expert', '--data', 'gen', '--out', 'e'], dir);
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(0);
    const reserved = readJsonl(join(dir, 'gen', 'eval.jsonl'));
    const played = readJsonl(join(dir, 'e', 'episodes.jsonl'));
    expect(reserved.length).toBeGreaterThan(8);
    const bySeed = new Map(played.map((e) => [e.seed, e]));
    for (const record of reserved) {
      const episode = bySeed.get(record.seed);
      expect(episode, `seed ${record.seed}`).toBeDefined();
      expect([episode.pack, episode.taskId]).toEqual([record.meta.pack, record.id]);
      expect(episode.success).toBe(true);
    }
    expect(new Set(reserved.map((r) => r.meta.pack)).size).toBeGreaterThan(1);
  });
});
