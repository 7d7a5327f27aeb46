import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { main } from '../main.js';

function bufferIo(onInterrupt?: CommandIo['onInterrupt']): CommandIo & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => {},
    stderr: (t) => err.push(t),
    env: {},
    cwd: process.cwd(),
    ...(onInterrupt ? { onInterrupt } : {}),
  };
}

describe('forge merge', () => {
  it('on Ctrl-C or SIGTERM removes its temporary files and exits 130, like generate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    const args = ['--n', '6', '--eval', '2', '--workers', '0', '--no-progress', '--out', dir];
    expect(await main(['generate', ...args, '--shard', '0/2'], bufferIo())).toBe(0);
    expect(await main(['generate', ...args, '--shard', '1/2'], bufferIo())).toBe(0);

    const out = join(dir, 'merged');
    // The signal arrives as soon as the merge listens for it, before any line is merged.
    const io = bufferIo((handler) => {
      setImmediate(handler);
      return () => {};
    });
    expect(await main(['merge', dir, '--out', out], io)).toBe(exitCodes.interrupted);
    expect(io.err.join('')).toMatch(/^forge merge: interrupted/);
    expect(readdirSync(out, { recursive: true })).toEqual([]);
  });
});
