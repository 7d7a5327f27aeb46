import { getEventListeners } from 'node:events';
import type { Task } from '@forge/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiClient } from '../src/client/openai-client.js';
import type { FormatName } from '../src/formats/wire-format.js';
import { formatStops, wireFormat } from '../src/formats/wire-formats.js';
import { runEval } from '../src/loop/run-eval.js';
import { modelPolicy } from '../src/policies/model-policy.js';
import { type Fault, type PolicyServer, startPolicyServer } from '../src/testing/policy-server.js';
import { createTestTapEnv } from '../src/testing/test-tap-env.js';
import { testTapExpert } from '../src/testing/test-tap-expert.js';
import { readEpisodesFile, seedRange, tempDir } from './helpers.js';

function tasksFor(seeds: readonly number[]): Map<string, { task: Task; seed: number }> {
  const env = createTestTapEnv();
  return new Map(
    seeds.map((seed) => {
      const { task } = env.reset({ seed });
      return [task.goal, { task, seed }];
    }),
  );
}

let server: PolicyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function evalOver(
  format: FormatName,
  seeds: number[],
  options: {
    fault?: (n: number) => Fault;
    stop?: string[];
    concurrency?: number;
    signal?: AbortSignal;
    servedModel?: string;
  } = {},
) {
  server = await startPolicyServer({
    policy: testTapExpert,
    format,
    tasks: tasksFor(seeds),
    ...(options.fault ? { fault: options.fault } : {}),
    ...(options.servedModel ? { servedModel: options.servedModel } : {}),
  });
  const client = createOpenAiClient({
    baseURL: server.baseURL,
    model: 'test-model',
    timeoutMs: 300,
    maxRetries: 2,
    retryDelayMs: 5,
    env: {},
  });
  const stop = options.stop ?? [...formatStops(format)];
  const outDir = tempDir();
  const outcome = await runEval({
    createEnv: () => createTestTapEnv(),
    policy: modelPolicy({ client, format: wireFormat(format), stop }),
    reference: testTapExpert,
    seeds,
    k: 1,
    runSeed: 1,
    outDir,
    concurrency: options.concurrency ?? 4,
    model: { id: client.model, endpoint: client.endpoint, format },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!outcome.success) throw outcome.error;
  return { results: outcome.value.results, outDir, bodies: server.bodies, stop };
}

describe('eval over HTTP against a local OpenAI-compatible server', () => {
  it.each(['native', 'hermes', 'gemma'] as const)(
    'plays the %s wire format end to end and sends the stops with every request',
    async (format) => {
      const stop = format === 'native' ? ['<|eot_id|>'] : undefined;
      const seeds = seedRange(9_000_000, 9_000_007);
      const run = await evalOver(format, seeds, stop ? { stop } : {});
      expect(run.results.metrics.overall.success.rate).toBe(1);
      expect(run.results.metrics.overall.groundedTaps.rate).toBe(1);
      expect(run.results.metrics.overall.formatErrors.total).toBe(0);
      expect(run.stop.length).toBeGreaterThan(0);
      expect(run.bodies.length).toBeGreaterThan(seeds.length * 4);
      for (const body of run.bodies) expect(body.stop).toEqual(run.stop);
      const tools = run.bodies.map((b) => Array.isArray(b.tools));
      expect(tools.every((t) => t === (format === 'native'))).toBe(true);
    },
  );

  it('records the model id the server reports beside the one requested', async () => {
    const aliased = await evalOver('native', seedRange(9_000_000, 9_000_003), {
      servedModel: 'org/base-7b-q4',
    });
    expect(aliased.results.model).toMatchObject({ id: 'test-model', served: ['org/base-7b-q4'] });
    for (const e of readEpisodesFile(aliased.outDir))
      expect(e.servedModels).toEqual(['org/base-7b-q4']);
    await server?.close();
    const echoed = await evalOver('hermes', seedRange(9_000_000, 9_000_001));
    expect(echoed.results.model?.served).toEqual(['test-model']);
  });

  it('leaves no abort listener on the run signal after many requests', async () => {
    const controller = new AbortController();
    const run = await evalOver('native', seedRange(9_000_000, 9_000_011), {
      signal: controller.signal,
    });
    // The openai client never removes the listener it adds to a request's
    // signal; one run-wide signal would collect one per request.
    expect(run.bodies.length).toBeGreaterThan(40);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('retries 500s, hangs, dropped connections and malformed bodies, then records episode errors without losing any episode', async () => {
    const fault = (n: number): Fault => {
      if (n >= 30 && n < 36) return 'status-500'; // long enough to spend every retry
      if (n % 9 === 1) return 'status-500';
      if (n % 9 === 3) return 'drop';
      if (n % 9 === 5) return 'malformed-json';
      if (n % 23 === 7) return 'hang';
      return 'ok';
    };
    const seeds = seedRange(9_000_100, 9_000_111);
    const run = await evalOver('native', seeds, { fault, concurrency: 1 });
    const episodes = readEpisodesFile(run.outDir);
    expect(episodes.map((e) => e.seed)).toEqual(seeds);
    const errors = episodes.filter((e) => e.end === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.error?.code === 'model.unavailable')).toBe(true);
    expect(episodes.filter((e) => e.success).length).toBeGreaterThan(seeds.length / 2);
    expect(run.results.status).toBe('complete');
    expect(run.results.metrics.overall.errorEpisodes).toBe(errors.length);
    // Every fault costs a request that no turn accounts for: retries happened.
    const turns = episodes.reduce((n, e) => n + e.turns, 0);
    expect(run.bodies.length).toBeGreaterThan(turns + 10);
  });
});
