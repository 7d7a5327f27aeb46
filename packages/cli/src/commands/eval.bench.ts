import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createOpenAiClient,
  heldOutSeedStart,
  modelPolicy,
  type PolicyServer,
  runEval,
  startPolicyServer,
  wireFormat,
} from '@forge/eval';
import type { Task } from '@forge/spec';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { evalDeps } from '../generate/eval-deps.js';

// `forge eval` as it runs for a served model: the real gym, the expert as
// the reference and every gate from evalDeps, and the model played by the
// real expert behind a local OpenAI-compatible server (a test double of an
// inference server, so the figures measure eval, not a model).
const deps = evalDeps();
const { expert, createEnv } = deps;

const episodes = 32;
// The server finds an episode's task by its goal text, so a goal that
// repeats (or contains another) would hand it the wrong world: skip those.
const tasks = new Map<string, { task: Task; seed: number }>();
const seeds: number[] = [];
const env = createEnv();
for (let seed = heldOutSeedStart; seeds.length < episodes; seed += 1) {
  const { task } = env.reset({ seed });
  if ([...tasks.keys()].some((g) => g.includes(task.goal) || task.goal.includes(g))) continue;
  tasks.set(task.goal, { task, seed });
  seeds.push(seed);
}

const perSecond = new Map<string, number[]>();
let run = 0;
async function play(server: PolicyServer, label: string, concurrency: number): Promise<void> {
  const client = createOpenAiClient({
    baseURL: server.baseURL,
    model: 'bench',
    env: {},
    timeoutMs: 30_000,
  });
  const started = performance.now();
  const outcome = await runEval({
    createEnv,
    reference: expert,
    gates: deps.gates,
    policy: modelPolicy({ client, format: wireFormat('native'), stop: ['<|im_end|>'] }),
    seeds,
    k: 1,
    runSeed: 0,
    concurrency,
    outDir: join(mkdtempSync(join(tmpdir(), 'forge-eval-gym-bench-')), `run-${run++}`),
  });
  const seconds = (performance.now() - started) / 1000;
  // A run that stopped solving measures something else; refuse it.
  if (!outcome.success || outcome.value.results.metrics.overall.success.rate !== 1) {
    throw new Error(`bench run did not complete cleanly (${label})`);
  }
  perSecond.set(label, [...(perSecond.get(label) ?? []), episodes / seconds]);
}

let fast: PolicyServer;
let slow: PolicyServer;
beforeAll(async () => {
  fast = await startPolicyServer({ policy: expert, format: 'native', tasks });
  slow = await startPolicyServer({ policy: expert, format: 'native', tasks, latencyMs: 50 });
});
afterAll(async () => {
  await fast.close();
  await slow.close();
  const median = (label: string): number => {
    const xs = [...(perSecond.get(label) ?? [])].sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? Number.NaN;
  };
  const lines = [...perSecond.keys()].map((l) => `  ${l}: ${median(l).toFixed(1)} episodes/s`);
  const speedUp = median('50 ms, concurrency 32') / median('50 ms, concurrency 1');
  console.log(
    `eval on the real gym (${episodes} episodes per run, medians):\n${lines.join('\n')}\n  speed-up from --concurrency 32 at 50 ms: ${speedUp.toFixed(1)}x`,
  );
});

const once = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

describe(`forge eval on the real gym, zero-latency server (${episodes} episodes per run; episodes/s = hz × ${episodes})`, () => {
  bench('concurrency 1', () => play(fast, 'zero latency, concurrency 1', 1), once);
  bench('concurrency 32', () => play(fast, 'zero latency, concurrency 32', 32), once);
});

describe(`forge eval on the real gym, 50 ms server latency (${episodes} episodes per run; episodes/s = hz × ${episodes})`, () => {
  bench('concurrency 1', () => play(slow, '50 ms, concurrency 1', 1), {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
  bench('concurrency 32', () => play(slow, '50 ms, concurrency 32', 32), once);
});
