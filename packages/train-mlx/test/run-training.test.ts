import { chmodSync, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainMetrics } from '@forge/spec';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMlxBackend } from '../src/backend.js';
import { prepareMlxRun } from '../src/prepare.js';
import { runMlxTraining } from '../src/run-training.js';
import { describeTrainOutcome } from '../src/train-outcome.js';
import { writeGeneratedDataset } from './fixtures/generated-dataset.js';

/** The stand-in for `python -m mlx_lm`; see its header. */
const fake = fileURLToPath(new URL('./fixtures/fake-mlx-lm.mjs', import.meta.url));

let root: string;
let runDir: string;
beforeAll(() => chmodSync(fake, 0o755));
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'forge-train-run-'));
  runDir = join(root, 'run');
  const data = await writeGeneratedDataset(join(root, 'data'));
  const plan = await prepareMlxRun({
    dataDir: data,
    model: 'm',
    outDir: runDir,
    options: { python: fake },
  });
  if (!plan.success) throw plan.error;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const train = (
  mode: string,
  hooks: { signal?: AbortSignal; onMetrics?: (m: TrainMetrics) => void } = {},
) => runMlxTraining({ runDir, python: fake }, { ...hooks, env: { FAKE_MLX_LM_MODE: mode } });

describe('runMlxTraining against the fake mlx-lm', () => {
  it('parses progress into metrics.jsonl and keeps the log on success', async () => {
    const seen: TrainMetrics[] = [];
    const outcome = await train('success', { onMetrics: (m) => seen.push(m) });
    expect(outcome.kind).toBe('completed');
    const rows = (await readFile(join(runDir, 'metrics.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { iteration: 1, valLoss: 2.912 },
      {
        iteration: 10,
        trainLoss: 2.431,
        learningRate: 2e-5,
        tokensPerSec: 312.044,
        peakMemoryGb: 7.123,
      },
      { iteration: 20, valLoss: 1.874 },
      {
        iteration: 20,
        trainLoss: 1.652,
        learningRate: 1.1e-5,
        tokensPerSec: 318.902,
        peakMemoryGb: 7.145,
      },
    ]);
    expect(seen).toEqual(rows);
    expect(outcome.lastMetrics).toMatchObject({ iteration: 20, trainLoss: 1.652, valLoss: 1.874 });
    const log = await readFile(join(runDir, 'train.log'), 'utf8');
    expect(log).toContain('Saved final weights to adapters/adapters.safetensors.');
    expect(log).toContain('Calculating loss...'); // stderr is kept too
    expect(describeTrainOutcome(outcome).class).toBe('ok');
  });

  it('reports a failure mid-run with the error line and the log path', async () => {
    const outcome = await train('fail');
    expect(outcome).toMatchObject({ kind: 'failed', exitCode: 1 });
    const described = describeTrainOutcome(outcome);
    expect(described.class).toBe('problems');
    expect(described.message).toMatch(/^training failed \(exit 1\): ValueError: \[metal::malloc\]/);
    expect(described.message).toContain(join(runDir, 'train.log'));
    expect(await readFile(join(runDir, 'train.log'), 'utf8')).toContain('Traceback');
  });

  it('recognises a missing mlx_lm module and gives install advice', async () => {
    const outcome = await train('missing');
    expect(outcome.kind).toBe('missing-module');
    const described = describeTrainOutcome(outcome);
    expect(described.class).toBe('usage');
    expect(described.message).toContain('pip install mlx-lm');
  });

  it('reports a missing Python executable as unusable setup', async () => {
    const outcome = await runMlxTraining({ runDir, python: join(root, 'no-such-python') });
    expect(outcome.kind).toBe('missing-python');
    expect(describeTrainOutcome(outcome).class).toBe('usage');
  });

  it('forwards an abort to the child as SIGINT and keeps the log', async () => {
    const controller = new AbortController();
    const outcome = await train('hang', {
      signal: controller.signal,
      onMetrics: (m) => {
        if (m.iteration === 10) setTimeout(() => controller.abort(), 50);
      },
    });
    expect(outcome.kind).toBe('interrupted');
    expect(describeTrainOutcome(outcome).class).toBe('interrupted');
    expect(await readFile(join(runDir, 'train.log'), 'utf8')).toContain('KeyboardInterrupt');
  });

  it('counts a child killed by SIGINT (Ctrl-C reaching it) as interrupted', async () => {
    const outcome = await train('self-interrupt');
    expect(outcome.kind).toBe('interrupted');
    expect(existsSync(join(runDir, 'train.log'))).toBe(true);
  });

  it('runs through the TrainBackend interface, reading python from forge-train.json', async () => {
    const backend = createMlxBackend();
    const plan = { runDir, files: [], commands: [], warnings: [] };
    process.env.FAKE_MLX_LM_MODE = 'fail';
    try {
      const result = await backend.train(plan, {});
      expect(!result.success && result.error.code).toBe('FORGE_INTERNAL');
    } finally {
      delete process.env.FAKE_MLX_LM_MODE;
    }
    const ok = await backend.train(plan, {});
    expect(ok.success && ok.value.adapterPath).toBe(join(runDir, 'adapters'));
  });
});
