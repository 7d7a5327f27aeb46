import { parentPort } from 'node:worker_threads';
import type { JobRunner } from './ordered-pool.js';

/** The worker side of `runOrdered`: answers each job with its result or error. */
export function serveJobs<J, R>(run: JobRunner<J, R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run inside a worker thread');
  port.on('message', (message: { index: number; job: J }) => {
    try {
      port.postMessage({ index: message.index, result: run(message.job) });
    } catch (error) {
      port.postMessage({
        index: message.index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}
