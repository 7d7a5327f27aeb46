/** A rectangle in normalized screen units, as discovery tools print it. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One element a discovery observation listed. */
export interface DiscoveredElement {
  readonly label: string;
  readonly frame: Frame;
}

/** The tools whose output lists tappable elements with frames. */
export const discoveryTools: ReadonlySet<string> = new Set([
  'describe',
  'native-describe-screen',
  'debugger-component-tree',
]);

const framePattern = /\((-?\d*\.?\d+),\s*(-?\d*\.?\d+),\s*(-?\d*\.?\d+),\s*(-?\d*\.?\d+)\)\s*$/;
const tapPattern = /\(tap:\s*(-?\d*\.?\d+),\s*(-?\d*\.?\d+)\)\s*$/;
const labelPattern = /"((?:[^"\\]|\\.)*)"/;

/**
 * Reads the elements of a discovery observation: every line ending in a
 * normalized frame `(x, y, w, h)`, except the ROOT line that covers the whole
 * screen. Component-tree lines give a tap point only; they become a tiny
 * frame around it so "inside" still means "on the point the tool gave".
 */
export function parseDiscovery(text: string): readonly DiscoveredElement[] {
  const elements: DiscoveredElement[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*ROOT\b/.test(line)) continue;
    const label = labelPattern.exec(line)?.[1] ?? '';
    const frame = framePattern.exec(line);
    if (frame) {
      const [x, y, w, h] = frame.slice(1, 5).map(Number) as [number, number, number, number];
      elements.push({ label, frame: { x, y, w, h } });
      continue;
    }
    const tap = tapPattern.exec(line);
    if (tap) {
      const [x, y] = tap.slice(1, 3).map(Number) as [number, number];
      elements.push({ label, frame: { x: x - 0.01, y: y - 0.01, w: 0.02, h: 0.02 } });
    }
  }
  return elements;
}

/** True when the point lies inside the frame (edges included). */
export function frameContains(frame: Frame, x: number, y: number): boolean {
  return x >= frame.x && x <= frame.x + frame.w && y >= frame.y && y <= frame.y + frame.h;
}

/** The centre of a frame, rounded to the 3 decimals discovery prints. */
export function frameCentre(frame: Frame): { readonly x: number; readonly y: number } {
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return { x: round(frame.x + frame.w / 2), y: round(frame.y + frame.h / 2) };
}
