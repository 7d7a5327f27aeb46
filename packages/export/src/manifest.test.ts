import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFileDigest } from './file-digest.js';
import { createManifest, seedOverlap, seedRangesDisjoint } from './manifest.js';

describe('createFileDigest', () => {
  it('matches a one-shot sha256 of the same bytes, however they were chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (lines) => {
        const digest = createFileDigest();
        for (const line of lines) digest.addLine(line);
        const whole = lines.map((line) => `${line}\n`).join('');
        expect(digest.entry('a\\b.jsonl')).toEqual({
          path: 'a/b.jsonl',
          sha256: createHash('sha256').update(whole, 'utf8').digest('hex'),
          bytes: Buffer.byteLength(whole, 'utf8'),
          records: lines.length,
        });
      }),
    );
  });
});

describe('createManifest', () => {
  it('sorts files, arguments and versions and proves disjoint seed ranges', () => {
    const manifest = createManifest({
      args: { seed: 1, n: 10 },
      versions: { '@forge/spec': '0.1.0', '@forge/export': '0.1.0' },
      catalog: { builtIn: true, tools: 67, sha256: 'c' },
      seedRanges: { valid: { from: 10, to: 12 }, train: { from: 0, to: 10 } },
    });
    manifest.addFile({ path: 'train.jsonl', sha256: 'b', bytes: 2, records: 1 });
    manifest.addFile({ path: 'openai/train.jsonl', sha256: 'a', bytes: 1, records: 1 });
    manifest.setDedup({ checked: 12, removed: 1 }, 0);
    const result = manifest.result();
    expect(JSON.stringify(result)).toBe(
      JSON.stringify({
        schema: 'forge.manifest/1',
        args: { n: 10, seed: 1 },
        versions: { '@forge/export': '0.1.0', '@forge/spec': '0.1.0' },
        catalog: { builtIn: true, tools: 67, sha256: 'c' },
        seedRanges: { train: { from: 0, to: 10 }, valid: { from: 10, to: 12 } },
        disjoint: {
          seedRanges: true,
          seedOverlap: 0,
          contentOverlap: 0,
          dedup: { checked: 12, removed: 1 },
        },
        files: [
          { path: 'openai/train.jsonl', sha256: 'a', bytes: 1, records: 1 },
          { path: 'train.jsonl', sha256: 'b', bytes: 2, records: 1 },
        ],
      }),
    );
  });

  it('flags overlapping seed ranges', () => {
    expect(seedRangesDisjoint({ train: { from: 0, to: 10 }, test: { from: 9, to: 20 } })).toBe(
      false,
    );
    expect(seedRangesDisjoint({ train: { from: 0, to: 10 }, test: { from: 5, to: 5 } })).toBe(true);
  });

  it('counts the seeds shared by split ranges, the same way the disjointness check sees them', () => {
    const range = fc
      .tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }))
      .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.tuple(range, range, range, range), ([train, valid, test, evalRange]) => {
        const ranges = { train, valid, test, eval: evalRange };
        const owners = new Map<number, number>();
        for (const r of Object.values(ranges))
          for (let seed = r.from; seed < r.to; seed += 1)
            owners.set(seed, (owners.get(seed) ?? 0) + 1);
        const shared = [...owners.values()].filter((count) => count > 1).length;
        expect(seedOverlap(ranges)).toBe(shared);
        expect(seedRangesDisjoint(ranges)).toBe(shared === 0);
      }),
    );
  });
});
