/** Where a JSON.parse failure happened, as `source:line:col`, with the parser's reason. */
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
  if (!match?.[1]) return { location: source, message };
  const offset = Number(match[1]);
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
