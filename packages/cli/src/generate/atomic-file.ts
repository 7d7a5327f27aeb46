import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ForgeError } from '@forge/spec';
import { copyUtf8, type Utf8Piece, utf8Length } from './utf8.js';

/** What a committed file holds, for the manifest. */
export interface FileDigest {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Lines written with `writeLine`. */
  readonly records: number;
}

/** A file written under a temporary name and renamed into place on commit. */
export interface AtomicFile {
  readonly path: string;
  /** Appends one line made of the pieces, then a newline; bytes are taken as UTF-8. */
  writeLine(...pieces: Utf8Piece[]): Promise<void>;
  write(text: Utf8Piece): Promise<void>;
  /**
   * Writes out everything and closes the temporary file, which keeps its
   * temporary name. A full disk or any other write error shows here, before
   * any file of a set is renamed (see `publish`).
   */
  close(): Promise<FileDigest>;
  /** Renames the closed file into place. */
  publish(): Promise<void>;
  /** `close` then `publish`, for a file that stands alone. */
  commit(): Promise<FileDigest>;
  abort(): Promise<void>;
}

const flushAt = 1 << 20;
const newline = new Uint8Array([10]);
const open = new Set<AtomicFile>();

/** Copies pieces of text and bytes into one buffer of their UTF-8 bytes. */
function joinBytes(pieces: readonly Utf8Piece[]): Buffer {
  let total = 0;
  for (const piece of pieces) total += utf8Length(piece);
  const chunk = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const piece of pieces) offset = copyUtf8(chunk, offset, piece);
  return chunk;
}

/**
 * Opens `path` for streaming: data goes to `.forge-tmp-<name>` beside it and
 * appears under the final name only when `commit` renames it, so an
 * interrupted run never leaves a half-written file under a final name.
 * Writes are batched (1 MiB) and respect the stream's backpressure.
 */
export function openAtomicFile(path: string): AtomicFile {
  const temp = join(dirname(path), `.forge-tmp-${basename(path)}`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'w' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  const hash = createHash('sha256');
  // Strings and byte views (a worker's lines) waiting for the next flush;
  // a flush copies them into one buffer, so the views' job buffers can go.
  let pending: Utf8Piece[] = [];
  let pendingLength = 0;
  let bytes = 0;
  let records = 0;
  let closed = false;
  let closing: Promise<FileDigest> | undefined;

  const ioError = (cause: unknown) =>
    new ForgeError(
      'FORGE_IO',
      `cannot write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { location: path, cause },
    );

  async function flush(): Promise<void> {
    if (failure) throw ioError(failure);
    if (pendingLength === 0) return;
    const chunk = joinBytes(pending);
    pending = [];
    pendingLength = 0;
    hash.update(chunk);
    bytes += chunk.length;
    if (!stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => reject(ioError(e));
        stream.once('error', onError);
        stream.once('drain', () => {
          stream.off('error', onError);
          resolve();
        });
      });
    }
  }

  const file: AtomicFile = {
    path,
    async write(text) {
      if (closed) throw new ForgeError('FORGE_INTERNAL', `write after close: ${path}`);
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= flushAt) await flush();
    },
    async writeLine(...pieces) {
      records += 1;
      const [only] = pieces;
      if (pieces.length === 1 && typeof only === 'string') return file.write(`${only}\n`);
      for (const piece of pieces) await file.write(piece);
      await file.write(newline);
    },
    close() {
      // Once: a set closes all its files before publishing any.
      closing ??= (async () => {
        await flush();
        closed = true;
        await new Promise<void>((resolve, reject) =>
          stream.end((error?: Error | null) => (error ? reject(ioError(error)) : resolve())),
        );
        if (failure) throw ioError(failure);
        return { path, bytes, sha256: hash.digest('hex'), records };
      })();
      return closing;
    },
    async publish() {
      await rename(temp, path).catch((cause: unknown) => {
        throw ioError(cause);
      });
      open.delete(file);
    },
    async commit() {
      const digest = await file.close();
      await file.publish();
      return digest;
    },
    async abort() {
      closed = true;
      open.delete(file);
      // The stream opens its file asynchronously: removing it before the
      // stream has closed can run before that open and leave the file behind.
      if (!stream.closed)
        await new Promise<void>((resolve) => {
          stream.once('close', () => resolve());
          stream.destroy();
        });
      await rm(temp, { force: true });
    },
  };
  open.add(file);
  return file;
}

/**
 * Closes every file of a set, then renames them all: a write error (a full
 * disk) in any file leaves none of the set under its final name.
 * `beforePublish` runs between the two, once every file is safely written.
 */
export async function commitAll(
  files: readonly AtomicFile[],
  beforePublish?: () => Promise<void>,
): Promise<FileDigest[]> {
  const digests: FileDigest[] = [];
  for (const f of files) digests.push(await f.close());
  await beforePublish?.();
  for (const f of files) await f.publish();
  return digests;
}

/** Removes every temporary file still open (on Ctrl-C, SIGTERM or a failed run). */
export async function abortAllAtomicFiles(): Promise<void> {
  await Promise.all([...open].map((f) => f.abort()));
}
