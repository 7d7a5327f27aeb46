import type { Frame } from '../../../world/model.js';

/** A frame in thousandths of the screen, converted to the model's 0..1 units. */
export function frameOf(x: number, y: number, w: number, h: number): Frame {
  return { x: x / 1000, y: y / 1000, w: w / 1000, h: h / 1000 };
}

/** Splits `total` into parts proportional to `weights` separated by `gap`; integers, summing exactly. */
export function splitWidths(total: number, weights: readonly number[], gap: number): number[] {
  const room = total - gap * (weights.length - 1);
  let sum = 0;
  for (const weight of weights) sum += weight;
  const widths: number[] = [];
  let used = 0;
  for (const weight of weights) {
    const width = Math.floor((room * weight) / sum);
    widths.push(width);
    used += width;
  }
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + room - used;
  return widths;
}

const gridMemo = new Map<string, readonly number[]>();

/** `splitWidths` of `cols` equal columns, memoized: a style asks for the same split for every grid row. */
export function gridWidths(total: number, cols: number, gap: number): readonly number[] {
  const key = `${total}/${cols}/${gap}`;
  let widths = gridMemo.get(key);
  if (!widths) {
    const ones: number[] = [];
    for (let i = 0; i < cols; i += 1) ones.push(1);
    widths = splitWidths(total, ones, gap);
    gridMemo.set(key, widths);
  }
  return widths;
}
