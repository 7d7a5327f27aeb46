import type { EpisodeOutput, LineText } from './episode-output.js';
import { copyUtf8, utf8Length } from './utf8.js';

/** Outputs with every line a view into `buffer`, which is what gets transferred. */
export interface PackedOutputs {
  readonly outputs: EpisodeOutput[];
  readonly buffer: ArrayBuffer;
}

/**
 * The outputs with every line (canonical and formats) moved into one UTF-8
 * buffer, as views into it. Sent this way, a worker's text crosses to the
 * writing thread without a copy and without becoming strings there: as
 * strings, a 64-episode job put megabytes into the writing thread's young
 * generation, which V8 then grew to its 32 MB ceiling.
 */
export function packLines(outputs: readonly EpisodeOutput[]): PackedOutputs {
  let total = 0;
  for (const output of outputs) {
    if (output.kind !== 'accepted') continue;
    total += utf8Length(output.canonical);
    for (const lines of output.formats ?? []) for (const line of lines) total += utf8Length(line);
  }
  // Its own ArrayBuffer (never the shared pool's), since it is transferred.
  const bytes = Buffer.allocUnsafeSlow(total);
  let offset = 0;
  const place = (line: LineText): Uint8Array => {
    const start = offset;
    offset = copyUtf8(bytes, offset, line);
    return new Uint8Array(bytes.buffer, bytes.byteOffset + start, offset - start);
  };
  const packed = outputs.map((output): EpisodeOutput => {
    if (output.kind !== 'accepted') return output;
    const canonical = place(output.canonical);
    return output.formats === undefined
      ? { ...output, canonical }
      : { ...output, canonical, formats: output.formats.map((lines) => lines.map(place)) };
  });
  return { outputs: packed, buffer: bytes.buffer as ArrayBuffer };
}
