import type { Frame } from '../../../world/model.js';

/** A frame in thousandths of the screen, converted to the model's 0..1 units. */
export function frameOf(x: number, y: number, w: number, h: number): Frame {
  return { x: x / 1000, y: y / 1000, w: w / 1000, h: h / 1000 };
}

/** Splits `total` into parts proportional to `weights` separated by `gap`; integers, summing exactly. */
export function splitWidths(total: number, weights: readonly number[], gap: number): number[] {
  const room = total - gap * (weights.length - 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((room * weight) / sum));
  const used = widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + room - used;
  return widths;
}
