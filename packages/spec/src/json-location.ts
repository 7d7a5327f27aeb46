import { jsonSyntaxErrorAt } from './json-syntax-error.js';

/**
 * Where a JSON.parse failure happened, as `source:line:col`, with the parser's reason.
 * JSON.parse names the offset in most of its messages, but not in all of
 * them on Node 20 ("Unexpected token '}', ... is not valid JSON",
 * "Unexpected end of JSON input"): then the offset is found by scanning
 * the text (see json-syntax-error.ts).
 */
export function locateJsonError(
  text: string,
  cause: unknown,
  source: string,
): { location: string; message: string } {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const match = /position (\d+)/.exec(raw);
  const message = raw
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  const offset = match?.[1] !== undefined ? Number(match[1]) : jsonSyntaxErrorAt(text);
  if (offset === undefined) return { location: source, message };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { location: `${source}:${line}:${offset - lineStart + 1}`, message };
}
