import { createHash } from 'node:crypto';
import { type FileEntry, fileEntry } from './manifest.js';

/** A running sha256, byte count and line count of a file being streamed out. */
export interface FileDigest {
  /** One JSONL line; the newline is added, as the file gets it. */
  addLine(line: string): void;
  /** Raw content that is not a record (a JSON document, say). */
  update(chunk: string | Uint8Array): void;
  /** The manifest entry of everything added so far. */
  entry(path: string): FileEntry;
}

/** Starts a digest; feed it exactly the bytes the writer writes. No I/O here. */
export function createFileDigest(): FileDigest {
  const hash = createHash('sha256');
  let bytes = 0;
  let records = 0;
  const update = (chunk: string | Uint8Array): void => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    hash.update(data);
    bytes += data.byteLength;
  };
  return {
    addLine(line) {
      update(`${line}\n`);
      records++;
    },
    update,
    entry(path) {
      return fileEntry({ path, sha256: hash.copy().digest('hex'), bytes, records });
    },
  };
}
