import { describe, expect, it } from 'vitest';
import { exitCodes } from './exit-codes.js';
import type { CommandIo } from './io.js';
import { main } from './main.js';

function bufferIo(): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    cwd: process.cwd(),
  };
}

describe('main', () => {
  it('lists commands on --help and exits 0', async () => {
    const io = bufferIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('catalog');
  });

  it('names every exit code in its help', async () => {
    const io = bufferIo();
    await main(['--help'], io);
    const line = io.out.join('').split('Exit codes:')[1] ?? '';
    for (const code of Object.values(exitCodes)) expect(line).toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('exits 2 with no command', async () => {
    expect(await main([], bufferIo())).toBe(2);
  });

  it('runs forge catalog --json in process', async () => {
    const io = bufferIo();
    expect(await main(['catalog', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).tools).toBe(67);
  });
});
