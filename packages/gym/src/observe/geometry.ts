/** Geometry helpers for normalized frames, shared by the kernel, the expert and the gates. */
import type { Frame } from '../world/model.js';

/** The point to tap for a frame: its centre, rounded to the 3 decimals observations use. */
export function frameCenter(frame: Frame): { x: number; y: number } {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { x: round(frame.x + frame.w / 2), y: round(frame.y + frame.h / 2) };
}

/** True when the point lies in the frame (edges included). */
export function frameContains(frame: Frame, x: number, y: number): boolean {
  return x >= frame.x && x <= frame.x + frame.w && y >= frame.y && y <= frame.y + frame.h;
}

/**
 * The element a tap at (x, y) would hit among parsed elements: the last
 * (topmost) one whose frame contains the point, skipping containers and
 * keyboards the way the device does.
 */
export function elementAt<
  T extends { readonly frame: Frame; readonly flags: readonly string[]; readonly role: string },
>(elements: readonly T[], x: number, y: number): T | undefined {
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const el = elements[i] as T;
    if (el.flags.includes('scrollable')) continue;
    if (frameContains(el.frame, x, y)) return el;
  }
  return undefined;
}
