/**
 * The `native-describe-screen` observation: app-scoped accessibility leaves
 * with raw iOS point frames and tap points, plus their normalized versions.
 */
import { fail, ok, type Result } from '@forge/spec';
import type { Frame } from '../world/model.js';
import type { ScreenView } from '../world/view.js';
import type { ObservationParseError } from './describe-parse.js';
import { frameCenter } from './geometry.js';
import { uikitClass } from './roles.js';
import { fixed3, quote, quotedInner, unquote } from './text.js';

/** iOS simulator screen size in points. */
export const iosScreen = { width: 393, height: 852 } as const;

/** One leaf as native-describe-screen prints it. */
export interface NativeLeaf {
  readonly className: string;
  readonly label: string;
  readonly id?: string;
  /** Frame in raw points. */
  readonly frame: Frame;
  /** Tap point in raw points. */
  readonly tap: { readonly x: number; readonly y: number };
  /** Tap point normalized to 0..1. */
  readonly normalized: { readonly x: number; readonly y: number };
}

/** A parsed native-describe-screen observation. */
export interface NativeDescribeResult {
  readonly bundleId: string;
  readonly leaves: readonly NativeLeaf[];
}

const p1 = (v: number): string => (Math.round(v * 10) / 10).toFixed(1);

/** A normalized frame in raw iOS points. */
export function toPoints(f: Frame): Frame {
  return {
    x: f.x * iosScreen.width,
    y: f.y * iosScreen.height,
    w: f.w * iosScreen.width,
    h: f.h * iosScreen.height,
  };
}

/** The native-describe-screen text of a screen view. */
export function formatNativeDescribe(
  view: ScreenView,
  bundleId: string,
  skip: (cls: string) => boolean,
): string {
  let out = `App: ${bundleId}\nScreen: ${iosScreen.width}x${iosScreen.height} points`;
  for (const node of view.nodes) {
    if (node.role === 'container' || node.role === 'keyboard') continue;
    const cls = uikitClass(node.role);
    if (skip(cls)) continue;
    const f = toPoints(node.frame);
    const n = frameCenter(node.frame);
    const id = node.el ? ` id=${quote(node.id)}` : '';
    out += `\n${cls} ${quote(node.label)}${id} frame=(${p1(f.x)}, ${p1(f.y)}, ${p1(f.w)}, ${p1(f.h)}) tap=(${p1(n.x * iosScreen.width)}, ${p1(n.y * iosScreen.height)}) normalized=(${fixed3(n.x)}, ${fixed3(n.y)})`;
  }
  return out;
}

const n = '(-?[\\d.]+)';
const leafPattern = new RegExp(
  `^(\\S+) "${quotedInner}"(?: id="${quotedInner}")? frame=\\(${n}, ${n}, ${n}, ${n}\\) tap=\\(${n}, ${n}\\) normalized=\\(${n}, ${n}\\)$`,
);

/** Parses a native-describe-screen observation. */
export function parseNativeDescribe(
  text: string,
): Result<NativeDescribeResult, ObservationParseError> {
  const lines = text.split('\n');
  const app = /^App: (\S+)$/.exec(lines[0] ?? '');
  if (!app)
    return fail({ code: 'not-this-observation', line: 1, message: 'expected "App: <bundleId>"' });
  const leaves: NativeLeaf[] = [];
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const m = leafPattern.exec(line);
    if (!m) return fail({ code: 'bad-line', line: i + 1, message: `not a view line: ${line}` });
    const v = m.slice(4).map(Number) as number[];
    leaves.push({
      className: m[1] ?? '',
      label: unquote(m[2] ?? ''),
      ...(m[3] === undefined ? {} : { id: unquote(m[3]) }),
      frame: { x: v[0] ?? 0, y: v[1] ?? 0, w: v[2] ?? 0, h: v[3] ?? 0 },
      tap: { x: v[4] ?? 0, y: v[5] ?? 0 },
      normalized: { x: v[6] ?? 0, y: v[7] ?? 0 },
    });
  }
  return ok({ bundleId: app[1] ?? '', leaves });
}
