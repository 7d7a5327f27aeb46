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
