import { createHash } from 'node:crypto';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import type { EpisodeResult } from '../loop/episode-result.js';

/** Writes a file whole or not at all: a temporary file, then a rename. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Appends one JSON line. */
export async function appendLine(path: string, value: unknown): Promise<void> {
  await appendFile(path, `${JSON.stringify(value)}\n`);
}

/** SHA-256 of a text, hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The finished episodes in an episodes.jsonl, by index. A last line cut off
 * by an interruption is dropped (it is redone); any other bad line is an
 * error, since silently dropping it would lose an episode.
 */
export async function readEpisodes(
  path: string,
): Promise<Map<number, EpisodeResult> | { readonly badLine: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  const lines = text.split('\n');
  const out = new Map<number, EpisodeResult>();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      const episode = JSON.parse(line) as EpisodeResult;
      if (typeof episode.index !== 'number') throw new Error('no index');
      out.set(episode.index, episode);
    } catch {
      if (i >= lines.length - 2) break;
      return { badLine: i + 1 };
    }
  }
  return out;
}
