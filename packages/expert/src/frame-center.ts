/** A normalized frame as discovery tools print it: origin and size in 0..1. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The point to tap for a frame: its centre, rounded to the 3 decimals the
 * discovery output uses so the call reads like the observation.
 */
export function frameCenter(frame: Frame): { x: number; y: number } {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { x: round(frame.x + frame.w / 2), y: round(frame.y + frame.h / 2) };
}
