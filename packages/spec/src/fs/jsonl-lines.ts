import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ForgeError } from '../errors.js';

/** One non-empty line of a JSONL file with its 1-based line number. */
export interface NumberedLine {
  readonly text: string;
  readonly number: number;
}

/**
 * Streams the non-empty lines of a JSONL file with their line numbers (for
 * `file:line` locations), so memory does not grow with its size. A file that
 * cannot be opened rejects the iteration with Node's error.
 */
export async function* readJsonlLines(path: string): AsyncGenerator<NumberedLine> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() !== '') yield { text, number };
  }
}

/**
 * `JSON.parse` of one line (or file) of input, a parse error thrown as a
 * FORGE_IO error at `location` (`file:line`), so the command says where.
 */
export function parseJsonAt(text: string, location: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ForgeError(
      'FORGE_IO',
      `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
      { location, cause },
    );
  }
}
