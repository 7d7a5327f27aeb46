/**
 * The `native-full-hierarchy` observation: the UIWindow, the UIKit chrome
 * views under it, then the app's views, each indented two spaces a level:
 * `Class "label" id="x" (x, y, w, h)` with frames in raw iOS points.
 */
import { fail, ok, type Result } from '@forge/spec';
import type { Frame } from '../world/model.js';
import type { ObservationParseError } from './describe-parse.js';

/** One app view of the hierarchy. */
export interface HierarchyNode {
  /** Indentation level: the window is 0, its chrome 1, 2, 3, … */
  readonly depth: number;
  readonly className: string;
  /** Printed raw between quotes. */
  readonly label: string;
  /** The view's identifier, for views the app gave one. */
  readonly id?: string;
  /** Frame in raw points, rounded to 0.1. */
  readonly frame: Frame;
}

/** A parsed native-full-hierarchy observation. */
export interface NativeHierarchy {
  /** The UIWindow's frame in points. */
  readonly window: Frame;
  /** UIKit container classes under the window, outermost first, at depth 1, 2, … */
  readonly chrome: readonly string[];
  readonly nodes: readonly HierarchyNode[];
}

const p1 = (v: number): string => (Math.round(v * 10) / 10).toFixed(1);
const round1 = (v: number): number => Math.round(v * 10) / 10;

/** The native-full-hierarchy text of a hierarchy. */
export function formatNativeHierarchy(h: NativeHierarchy): string {
  const w = h.window;
  const lines = [`UIWindow (${p1(w.x)}, ${p1(w.y)}, ${p1(w.w)}, ${p1(w.h)})`];
  for (const [i, cls] of h.chrome.entries()) lines.push(`${'  '.repeat(i + 1)}${cls}`);
  for (const node of h.nodes) {
    const f = node.frame;
    const id = node.id === undefined ? '' : ` id="${node.id}"`;
    lines.push(
      `${'  '.repeat(node.depth)}${node.className} "${node.label}"${id} (${round1(f.x)}, ${round1(f.y)}, ${round1(f.w)}, ${round1(f.h)})`,
    );
  }
  return lines.join('\n');
}

const n = '(-?\\d+(?:\\.\\d+)?)';
const framePattern = `\\(${n}, ${n}, ${n}, ${n}\\)`;
const windowPattern = new RegExp(`^UIWindow ${framePattern}$`);
const chromePattern = /^((?: {2})+)(\S+)$/;
// The label is printed raw: it is matched lazily, so it ends at the first
// closing quote after which the rest of the line is an id and a frame.
const nodePattern = new RegExp(`^((?: {2})+)(\\S+) "(.*?)"(?: id="([^"]*)")? ${framePattern}$`);

/** Parses a native-full-hierarchy observation. */
export function parseNativeHierarchy(text: string): Result<NativeHierarchy, ObservationParseError> {
  const lines = text.split('\n');
  const win = windowPattern.exec(lines[0] ?? '');
  if (!win)
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "UIWindow (x, y, w, h)"',
    });
  const chrome: string[] = [];
  const nodes: HierarchyNode[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const c = nodes.length === 0 ? chromePattern.exec(line) : null;
    if (c && (c[1] ?? '').length === 2 * (chrome.length + 1)) {
      chrome.push(c[2] ?? '');
      continue;
    }
    const m = nodePattern.exec(line);
    if (!m) return fail({ code: 'bad-line', line: i + 1, message: `not a view line: ${line}` });
    nodes.push({
      depth: (m[1] ?? '').length / 2,
      className: m[2] ?? '',
      label: m[3] ?? '',
      ...(m[4] === undefined ? {} : { id: m[4] }),
      frame: { x: Number(m[5]), y: Number(m[6]), w: Number(m[7]), h: Number(m[8]) },
    });
  }
  return ok({
    window: { x: Number(win[1]), y: Number(win[2]), w: Number(win[3]), h: Number(win[4]) },
    chrome,
    nodes,
  });
}
