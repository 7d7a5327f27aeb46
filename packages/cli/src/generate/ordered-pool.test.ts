import { describe, expect, it } from 'vitest';
import { runOrdered } from './ordered-pool.js';

const workerUrl = new URL('../../test/fixtures/square-worker.mjs', import.meta.url);
const square = (n: number) => ({ n, square: n * n * 2, spun: true });

async function collect(workers: number, jobs: number[], failOn = -1) {
  const out: unknown[] = [];
  await runOrdered(jobs, {
    workers,
    workerUrl,
    workerData: { factor: 2, failOn },
    inProcess: square,
    onResult: async (result) => {
      out.push(result);
    },
  });
  return out;
}

describe('runOrdered', () => {
  it('gives the same results in the same order for any worker count', async () => {
    const jobs = Array.from({ length: 200 }, (_, i) => i);
    const expected = jobs.map(square);
    expect(await collect(0, jobs)).toEqual(expected);
    expect(await collect(1, jobs)).toEqual(expected);
    expect(await collect(2, jobs)).toEqual(expected);
    expect(await collect(3, jobs)).toEqual(expected);
  });

  it('reports a failing job as an error', async () => {
    await expect(collect(2, [1, 2, 3, 4], 3)).rejects.toMatchObject({ code: 'FORGE_INTERNAL' });
  });

  it('says in one line that a worker ran out of its capped heap, and how to go on', async () => {
    const run = runOrdered([1, 2, 3], {
      workers: 1,
      workerUrl,
      workerData: { factor: 2, hoardOn: 2 },
      resourceLimits: { maxOldGenerationSizeMb: 16 },
      inProcess: square,
      onResult: async () => {},
    });
    await expect(run).rejects.toMatchObject({
      code: 'FORGE_INTERNAL',
      message:
        'a worker thread ran out of its heap (capped at 16 MB); --workers 0 plays episodes on the main thread, without that cap',
    });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runOrdered([1, 2], {
        workers: 0,
        workerUrl,
        workerData: {},
        inProcess: square,
        onResult: async () => {},
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ message: 'interrupted' });
  });
});
