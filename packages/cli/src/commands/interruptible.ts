import { exitCodes } from '../exit-codes.js';
import { abortAllAtomicFiles } from '../generate/atomic-file.js';
import type { CommandIo } from '../io.js';
import { removeIfNoFiles } from './fresh-folder.js';

/**
 * Runs a command's writing work so that Ctrl-C or SIGTERM (io.onInterrupt)
 * aborts it through the signal, and any failure, a full disk as much as an
 * interrupt, removes every temporary file: none was renamed into place. An
 * interrupt exits 130 with one line naming the command; other errors go on.
 */
export async function runInterruptible(
  io: CommandIo,
  command: string,
  work: (signal: AbortSignal) => Promise<number>,
  /** The output folder, when this run made it: removed on failure if it holds no file. */
  madeFolder?: string,
): Promise<number> {
  const controller = new AbortController();
  const unsubscribe = io.onInterrupt?.(() => controller.abort());
  try {
    return await work(controller.signal);
  } catch (error) {
    await abortAllAtomicFiles();
    if (madeFolder !== undefined) await removeIfNoFiles(madeFolder);
    if (controller.signal.aborted) {
      io.stderr(`forge ${command}: interrupted; no partial file was left under a final name\n`);
      return exitCodes.interrupted;
    }
    throw error;
  } finally {
    unsubscribe?.();
  }
}
