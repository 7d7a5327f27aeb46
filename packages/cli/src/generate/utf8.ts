/** Text to write: a string, or UTF-8 bytes (a worker's lines). */
export type Utf8Piece = string | Uint8Array;

/** The piece's length in UTF-8 bytes. */
export function utf8Length(piece: Utf8Piece): number {
  return typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.length;
}

/** Copies the piece's UTF-8 bytes into `target` at `offset`; returns the offset after them. */
export function copyUtf8(target: Buffer, offset: number, piece: Utf8Piece): number {
  if (typeof piece === 'string') return offset + target.write(piece, offset, 'utf8');
  target.set(piece, offset);
  return offset + piece.length;
}
