import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abortAllAtomicFiles, openAtomicFile } from './atomic-file.js';

describe('openAtomicFile', () => {
  it('writes under a temporary name and renames on commit, with a digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-atomic-'));
    const path = join(dir, 'train.jsonl');
    const file = openAtomicFile(path);
    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 10; i += 1) await file.writeLine(`${i}${big}`);
    expect(existsSync(path)).toBe(false);
    const digest = await file.commit();
    const content = readFileSync(path);
    expect(digest.records).toBe(10);
    expect(digest.bytes).toBe(content.length);
    expect(digest.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(readdirSync(dir)).toEqual(['train.jsonl']);
  });

  it('writes lines given as bytes, or in pieces, exactly as the same lines given as strings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-atomic-'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean()), {
          maxLength: 20,
        }),
        fc.nat({ max: 400_000 }),
        async (lines, padding) => {
          run += 1;
          // A long line now and then crosses the 1 MiB flush in the middle of a run.
          const all = lines.map(([line], i) => (i === 1 ? line + 'é'.repeat(padding) : line));
          const asText = openAtomicFile(join(dir, `text-${run}.jsonl`));
          const mixed = openAtomicFile(join(dir, `mixed-${run}.jsonl`));
          const pieces = openAtomicFile(join(dir, `pieces-${run}.jsonl`));
          for (const [i, line] of all.entries()) {
            await asText.writeLine(line);
            await mixed.writeLine(lines[i]?.[1] ? Buffer.from(line, 'utf8') : line);
            // A string head, a byte middle and a string tail, as a shard writes its lines.
            const points = Array.from(line); // whole code points, never half a surrogate pair
            const [head, middle, tail] = [0, 1, 3].map((at, k, cuts) =>
              points.slice(at, cuts[k + 1]).join(''),
            ) as [string, string, string];
            await pieces.writeLine(head, Buffer.from(middle, 'utf8'), tail);
          }
          const [a, b, c] = [await asText.commit(), await mixed.commit(), await pieces.commit()];
          expect({ ...b, path: '' }).toEqual({ ...a, path: '' });
          expect({ ...c, path: '' }).toEqual({ ...a, path: '' });
          expect(readFileSync(b.path).equals(readFileSync(a.path))).toBe(true);
          expect(readFileSync(c.path).equals(readFileSync(a.path))).toBe(true);
          expect(readFileSync(a.path, 'utf8')).toBe(all.map((l) => `${l}\n`).join(''));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('leaves nothing behind when aborted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-atomic-'));
    const file = openAtomicFile(join(dir, 'valid.jsonl'));
    await file.writeLine('{"a":1}');
    await abortAllAtomicFiles();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an unwritable directory as FORGE_IO', async () => {
    const file = openAtomicFile('/nonexistent-dir/forge/test.jsonl');
    await file.writeLine('x');
    await expect(file.commit()).rejects.toMatchObject({ code: 'FORGE_IO' });
  });
});
