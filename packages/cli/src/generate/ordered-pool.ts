import { type ResourceLimits, Worker } from 'node:worker_threads';
import { ForgeError } from '@forge/spec';
import { workerExecArgv } from './worker-exec-argv.js';

/** Runs one job; the same function runs in-process or inside a worker. */
export type JobRunner<J, R> = (job: J) => R;

/** How to run jobs on worker threads. */
export interface PoolOptions<J, R> {
  readonly workers: number;
  /** The worker module: it must call `serveJobs` with the same runner. */
  readonly workerUrl: URL;
  readonly workerData: unknown;
  /** Heap limits of each worker thread. */
  readonly resourceLimits?: ResourceLimits;
  /** Used when `workers` is 0: no threads, no copying. */
  readonly inProcess: JobRunner<J, R>;
  /** Called with each result in job order, whatever order workers finish in. */
  readonly onResult: (result: R, job: J) => Promise<void>;
  readonly signal?: AbortSignal;
}

/**
 * Runs jobs on `workers` threads (in-process when 0) and hands results back in
 * job order, so output is byte-identical for any worker count. At most
 * `2 × workers` jobs are in flight, which keeps memory flat however many jobs
 * there are.
 */
export async function runOrdered<J, R>(
  jobs: Iterable<J>,
  options: PoolOptions<J, R>,
): Promise<void> {
  if (options.workers <= 0) {
    for (const job of jobs) {
      if (options.signal?.aborted) throw abortError();
      await options.onResult(options.inProcess(job), job);
    }
    return;
  }
  const threads = Array.from(
    { length: options.workers },
    () =>
      new Worker(options.workerUrl, {
        workerData: options.workerData,
        execArgv: workerExecArgv(process.execArgv),
        ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
      }),
  );
  const idle: Worker[] = [...threads];
  const results = new Map<number, R>();
  const jobByIndex = new Map<number, J>();
  const iterator = jobs[Symbol.iterator]();
  let nextIndex = 0;
  let nextToEmit = 0;
  let exhausted = false;
  let failure: unknown;
  let wake: (() => void) | undefined;

  const notify = () => {
    wake?.();
    wake = undefined;
  };

  for (const thread of threads) {
    thread.on('message', (message: { index: number; result?: R; error?: string }) => {
      idle.push(thread);
      if (message.error !== undefined)
        failure ??= new ForgeError('FORGE_INTERNAL', `worker failed: ${message.error}`);
      else results.set(message.index, message.result as R);
      notify();
    });
    thread.on('error', (error) => {
      failure ??= outOfMemory(error, options.resourceLimits) ?? error;
      notify();
    });
  }

  try {
    while (true) {
      if (failure) throw failure;
      if (options.signal?.aborted) throw abortError();
      while (!exhausted && idle.length > 0 && nextIndex - nextToEmit < options.workers * 2) {
        const step = iterator.next();
        if (step.done) {
          exhausted = true;
          break;
        }
        const thread = idle.pop() as Worker;
        jobByIndex.set(nextIndex, step.value);
        thread.postMessage({ index: nextIndex, job: step.value });
        nextIndex += 1;
      }
      while (results.has(nextToEmit)) {
        const result = results.get(nextToEmit) as R;
        const job = jobByIndex.get(nextToEmit) as J;
        results.delete(nextToEmit);
        jobByIndex.delete(nextToEmit);
        nextToEmit += 1;
        await options.onResult(result, job);
      }
      if (exhausted && nextToEmit === nextIndex) return;
      // Wait only while the next job is in flight; if everything dispatched has
      // been emitted, loop back and dispatch more instead.
      if (nextIndex > nextToEmit && !results.has(nextToEmit)) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

/**
 * A worker that hit its heap cap, said in a line a person can act on rather
 * than as Node's stack: the cap is deliberate (see run-generate), and the
 * main thread plays without one.
 */
function outOfMemory(error: unknown, limits: ResourceLimits | undefined): ForgeError | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return undefined;
  const cap = limits?.maxOldGenerationSizeMb;
  return new ForgeError(
    'FORGE_INTERNAL',
    `a worker thread ran out of its heap${cap === undefined ? '' : ` (capped at ${cap} MB)`}; --workers 0 plays episodes on the main thread, without that cap`,
    { cause: error },
  );
}

function abortError(): ForgeError {
  return new ForgeError('FORGE_USAGE', 'interrupted');
}
