import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
