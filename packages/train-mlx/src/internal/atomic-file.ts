import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/** A temporary name beside the target, unique to this process. */
const temporary = (path: string): string => `${path}.tmp-${process.pid}`;

/** Writes a whole file through a temporary name so readers never see half of it. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = temporary(path);
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/** A streamed file that appears under its name only when committed. */
export interface AtomicLineWriter {
  readonly write: (line: string) => Promise<void>;
  readonly commit: () => Promise<void>;
  readonly abort: () => Promise<void>;
}

/** Opens a streamed, atomically renamed line file. */
export function createAtomicLineWriter(path: string): AtomicLineWriter {
  const tmp = temporary(path);
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  return {
    write: (line) =>
      new Promise<void>((resolve, reject) => {
        // Respect back-pressure so memory stays flat on large datasets.
        const flushed = stream.write(`${line}\n`, (error) => (error ? reject(error) : undefined));
        if (flushed) resolve();
        else stream.once('drain', resolve);
      }),
    commit: async () => {
      await close();
      await rename(tmp, path);
    },
    abort: async () => {
      await close().catch(() => undefined);
      await rm(tmp, { force: true });
    },
  };
}
