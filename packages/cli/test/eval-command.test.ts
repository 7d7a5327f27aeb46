import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestTapEnv, startPolicyServer, testTapExpert } from '@forge/eval';
import { ForgeError } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { type EvalDeps, evalCommand, missingApiKeyExit } from '../src/commands/eval.js';
import { reportCommand } from '../src/commands/report.js';
import type { CommandIo } from '../src/io.js';

function io(cwd: string, env: CommandIo['env'] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd };
  return { io: value, out, err };
}

const deps: EvalDeps = { createEnv: () => createTestTapEnv(), expert: testTapExpert };

async function usage(promise: Promise<number>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(ForgeError.is(error) && error.code).toBe('FORGE_USAGE');
  return (error as Error).message;
}

describe('forge eval / forge report (commands with injected deps)', () => {
  it('runs the expert and noisy policies, then reports on both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-eval-'));
    const { io: cmd, out } = io(dir);
    expect(
      await evalCommand(['--policy', 'expert', '--episodes', '6', '--out', 'a'], cmd, deps),
    ).toBe(0);
    expect(
      await evalCommand(
        ['--policy', 'noisy:0.3', '--seeds', '9000000..9000005', '--out', 'b'],
        cmd,
        deps,
      ),
    ).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'a', 'results.json'), 'utf8'));
    expect(a.schema).toBe('forge.eval/1');
    expect(a.taskSet.seeds).toEqual([9000000, 9000001, 9000002, 9000003, 9000004, 9000005]);
    expect(a.metrics.overall.success.rate).toBe(1);
    expect(out.join('')).toContain('success 100.0%');
    expect(await reportCommand(['a/results.json', 'b/results.json', '--out', 'r'], cmd)).toBe(0);
    expect(readFileSync(join(dir, 'r', 'report.html'), 'utf8')).toContain(
      '<svg class="metric-chart"',
    );
  });

  it('plays as many held-out seeds as --episodes asks, past the default 50', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-eval-'));
    const { io: cmd } = io(dir);
    expect(
      await evalCommand(['--policy', 'expert', '--episodes', '75', '--out', 'n'], cmd, deps),
    ).toBe(0);
    const n = JSON.parse(readFileSync(join(dir, 'n', 'results.json'), 'utf8'));
    expect(n.taskSet.seeds).toHaveLength(75);
    expect(n.taskSet.seeds.at(-1)).toBe(9000074);
  });

  it('refuses expert and noisy policies while no expert is registered, and a missing env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-eval-'));
    const noExpert = { createEnv: () => createTestTapEnv() };
    expect(
      await usage(evalCommand(['--policy', 'expert', '--out', 'x'], io(dir).io, noExpert)),
    ).toMatch(/no expert is registered/);
    expect(
      await usage(evalCommand(['--policy', 'noisy:0.2', '--out', 'x'], io(dir).io, noExpert)),
    ).toMatch(/no expert/);
    expect(await usage(evalCommand(['--policy', 'random', '--out', 'x'], io(dir).io, {}))).toMatch(
      /no gym environment/,
    );
  });

  it('stops before any request, with its own exit code, when --api-key-env names an unset variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-eval-'));
    const env = createTestTapEnv();
    const { task } = env.reset({ seed: 9_000_000 });
    const server = await startPolicyServer({
      policy: testTapExpert,
      format: 'native',
      tasks: new Map([[task.goal, { task, seed: 9_000_000 }]]),
    });
    try {
      const args = ['--base-url', server.baseURL, '--model', 'm', '--episodes', '1'];
      const unset = io(dir, { OTHER_KEY: 'x' });
      const code = await evalCommand(
        [...args, '--api-key-env', 'FORGE_EVAL_KEY', '--out', 'a'],
        unset.io,
        deps,
      );
      expect(code).toBe(missingApiKeyExit);
      expect(missingApiKeyExit).not.toBe(2);
      expect(unset.err.join('')).toBe(
        'forge eval: --api-key-env FORGE_EVAL_KEY: the environment variable is not set\n',
      );
      expect(server.bodies).toHaveLength(0);
      expect(existsSync(join(dir, 'a'))).toBe(false);
      // An empty value is as good as none; a set one runs.
      const empty = io(dir, { FORGE_EVAL_KEY: '' });
      expect(
        await evalCommand(
          [...args, '--api-key-env', 'FORGE_EVAL_KEY', '--out', 'b'],
          empty.io,
          deps,
        ),
      ).toBe(missingApiKeyExit);
      const set = io(dir, { FORGE_EVAL_KEY: 'sk-test' });
      expect(
        await evalCommand([...args, '--api-key-env', 'FORGE_EVAL_KEY', '--out', 'c'], set.io, deps),
      ).toBe(0);
      expect(server.bodies.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('checks usage: one policy source, a model with a base URL, a valid format and seed range', async () => {
    const { io: cmd } = io(mkdtempSync(join(tmpdir(), 'forge-cli-eval-')));
    await usage(evalCommand(['--out', 'x'], cmd, deps));
    await usage(
      evalCommand(
        ['--policy', 'random', '--base-url', 'http://127.0.0.1:1/v1', '--out', 'x'],
        cmd,
        deps,
      ),
    );
    await usage(evalCommand(['--base-url', 'http://127.0.0.1:1/v1', '--out', 'x'], cmd, deps));
    await usage(
      evalCommand(
        ['--base-url', 'http://127.0.0.1:1/v1', '--model', 'm', '--format', 'xml', '--out', 'x'],
        cmd,
        deps,
      ),
    );
    await usage(evalCommand(['--policy', 'random', '--seeds', '5..2', '--out', 'x'], cmd, deps));
    await usage(evalCommand(['--policy', 'random'], cmd, deps));
  });

  it('takes held-out seeds from a dataset manifest and refuses seeds inside its training splits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-eval-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        seedRanges: {
          train: { from: 0, to: 1000 },
          valid: { from: 1000, to: 1100 },
          test: { from: 1100, to: 1200 },
          eval: { from: 5000, to: 5004 },
        },
      }),
    );
    const { io: cmd } = io(dir);
    expect(await evalCommand(['--policy', 'random', '--data', '.', '--out', 'ok'], cmd, deps)).toBe(
      0,
    );
    const results = JSON.parse(readFileSync(join(dir, 'ok', 'results.json'), 'utf8'));
    expect(results.taskSet.seeds).toEqual([5000, 5001, 5002, 5003]);
    expect(results.dataset.manifestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      await usage(
        evalCommand(
          ['--policy', 'random', '--data', '.', '--seeds', '990..1010', '--out', 'bad'],
          cmd,
          deps,
        ),
      ),
    ).toMatch(/training splits/);
  });
});
