import { ForgeError, type TrajectoryRecord } from '@forge/spec';
import { scriptedTrajectory } from '@forge/validate/testing';
import { describe, expect, it } from 'vitest';
import { selfcheckCommand } from '../src/commands/selfcheck.js';
import type { CommandIo } from '../src/io.js';

function bufferIo(): CommandIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: (t) => out.push(t), env: {}, cwd: '/' };
}

const source = (count: number): TrajectoryRecord[] =>
  Array.from({ length: count }, (_, seed) => scriptedTrajectory(seed));

describe('forge selfcheck', () => {
  it('prints the table and exits 0 when every case behaves', async () => {
    const io = bufferIo();
    const code = await selfcheckCommand(['--count', '12', '--places', '1'], io, {
      trajectories: source,
    });
    const text = io.out.join('');
    expect(text).toContain('clean (control)');
    expect(text).toContain('ungrounded-tap');
    expect(text).toContain('rows behaved over 12 trajectories');
    expect(code).toBe(0);
  });

  it('exits 1 when a known-good source is not good', async () => {
    const io = bufferIo();
    const broken = (count: number) =>
      source(count).map((r) => ({ ...r, meta: { ...r.meta, calls: r.meta.calls + 1 } }));
    const code = await selfcheckCommand(['--count', '4', '--places', '1', '--json'], io, {
      trajectories: broken,
    });
    const rows = JSON.parse(io.out.join('')) as { operator: string; ok: boolean }[];
    expect(rows.find((r) => r.operator === 'clean (control)')?.ok).toBe(false);
    expect(code).toBe(1);
  });

  it('is a usage error (exit 2 through main) when no trajectory source is registered', async () => {
    const error = await selfcheckCommand([], bufferIo()).catch((e: unknown) => e);
    expect(ForgeError.is(error) && error.code).toBe('FORGE_USAGE');
    expect(String((error as Error).message)).toContain('no known-good trajectory source');
  });

  it('refuses a bad --count', async () => {
    const error = await selfcheckCommand(['--count', '0'], bufferIo(), {
      trajectories: source,
    }).catch((e: unknown) => e);
    expect(ForgeError.is(error) && error.code).toBe('FORGE_USAGE');
  });
});
