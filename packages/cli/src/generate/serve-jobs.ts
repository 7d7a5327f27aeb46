import { parentPort, type TransferListItem } from 'node:worker_threads';
import type { JobRunner } from './ordered-pool.js';

/**
 * The worker side of `runOrdered`: answers each job with its result or
 * error. `transfer` names what of a result moves to the parent instead of
 * being copied (its ArrayBuffers), so it is unusable here afterwards.
 */
export function serveJobs<J, R>(
  run: JobRunner<J, R>,
  transfer: (result: R) => readonly TransferListItem[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run inside a worker thread');
  port.on('message', (message: { index: number; job: J }) => {
    let result: R;
    try {
      result = run(message.job);
    } catch (error) {
      port.postMessage({
        index: message.index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      return;
    }
    port.postMessage({ index: message.index, result }, [...transfer(result)]);
  });
}
