import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Task } from '@forge/spec';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createOpenAiClient } from './client/openai-client.js';
import { wireFormat } from './formats/wire-formats.js';
import { runEval } from './loop/run-eval.js';
import { modelPolicy } from './policies/model-policy.js';
import { type PolicyServer, startPolicyServer } from './testing/policy-server.js';
import { createTestTapEnv } from './testing/test-tap-env.js';
import { testTapExpert } from './testing/test-tap-expert.js';

const seeds = Array.from({ length: 32 }, (_, i) => 9_000_000 + i);
const tasks = new Map<string, { task: Task; seed: number }>();
const env = createTestTapEnv();
for (const seed of seeds) {
  const { task } = env.reset({ seed });
  tasks.set(task.goal, { task, seed });
}

let run = 0;
async function play(server: PolicyServer, count: number, concurrency: number): Promise<void> {
  const client = createOpenAiClient({
    baseURL: server.baseURL,
    model: 'bench',
    env: {},
    timeoutMs: 10_000,
  });
  const outcome = await runEval({
    createEnv: () => createTestTapEnv(),
    policy: modelPolicy({ client, format: wireFormat('native'), stop: ['<|im_end|>'] }),
    reference: testTapExpert,
    seeds: seeds.slice(0, count),
    k: 1,
    runSeed: 0,
    concurrency,
    outDir: join(mkdtempSync(join(tmpdir(), 'forge-eval-bench-')), `run-${run++}`),
  });
  if (!outcome.success || outcome.value.results.metrics.overall.success.rate !== 1) {
    throw new Error('bench run did not complete cleanly');
  }
}

let fast: PolicyServer;
let slow: PolicyServer;
beforeAll(async () => {
  fast = await startPolicyServer({ policy: testTapExpert, format: 'native', tasks });
  slow = await startPolicyServer({ policy: testTapExpert, format: 'native', tasks, latencyMs: 50 });
});
afterAll(async () => {
  await fast.close();
  await slow.close();
});

const once = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

describe('eval throughput, zero-latency server (32 episodes per run; episodes/s = hz × 32)', () => {
  bench('concurrency 1', () => play(fast, 32, 1), once);
  bench('concurrency 32', () => play(fast, 32, 32), once);
});

describe('eval with 50 ms model latency (32 episodes per run; episodes/s = hz × 32)', () => {
  bench('concurrency 1', () => play(slow, 32, 1), {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
  bench('concurrency 32', () => play(slow, 32, 32), once);
});
