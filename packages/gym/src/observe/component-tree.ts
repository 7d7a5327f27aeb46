/**
 * The `debugger-component-tree` observation: `Screen: WxH` in pixels, then
 * indented component lines `Name "text" [testID=…] (tap: x,y)` with
 * normalized tap points (frame centres).
 */
import { fail, ok, type Result } from '@forge/spec';
import type { ScreenView } from '../world/view.js';
import type { ObservationParseError } from './describe-parse.js';
import { frameCenter } from './geometry.js';
import { rnComponent } from './roles.js';
import { fixed3, quote, quotedInner, unquote } from './text.js';

/** One component line. */
export interface ComponentNode {
  readonly name: string;
  readonly depth: number;
  readonly text?: string;
  readonly testID?: string;
  /** Normalized tap point, for components on screen. */
  readonly tap?: { readonly x: number; readonly y: number };
}

/** A parsed component tree. */
export interface ComponentTree {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly ComponentNode[];
}

/** Options of the formatter, from the tool's arguments. */
export interface ComponentTreeOptions {
  readonly screenName: string;
  readonly width: number;
  readonly height: number;
  readonly maxNodes?: number;
}

/** The component tree text of a screen view. */
export function formatComponentTree(view: ScreenView, options: ComponentTreeOptions): string {
  let out = `Screen: ${options.width}x${options.height}\nApp\n  NavigationContainer\n    ${options.screenName}`;
  const limit = options.maxNodes ?? Number.POSITIVE_INFINITY;
  let count = 0;
  for (const node of view.nodes) {
    if (node.role === 'keyboard') continue;
    if (count >= limit) {
      out += `\n      … ${view.nodes.length - count} more nodes (raise maxNodes)`;
      break;
    }
    count += 1;
    const indent = node.depth > 1 ? '        ' : '      ';
    const name = rnComponent(node.role, node.component);
    const text = node.label === '' ? '' : ` ${quote(node.label)}`;
    const id = node.el ? ` [testID=${node.id}]` : '';
    if (node.role === 'container') {
      out += `\n${indent}${name}${id}`;
      continue;
    }
    const c = frameCenter(node.frame);
    out += `\n${indent}${name}${text}${id} (tap: ${fixed3(c.x)},${fixed3(c.y)})`;
  }
  return out;
}

const linePattern = new RegExp(
  `^( *)([A-Za-z_$][\\w$.]*)(?: "${quotedInner}")?(?: \\[testID=([^\\]]+)\\])?(?: \\(tap: (-?[\\d.]+),(-?[\\d.]+)\\))?$`,
);

/** Parses a component tree observation. */
export function parseComponentTree(text: string): Result<ComponentTree, ObservationParseError> {
  const lines = text.split('\n');
  const size = /^Screen: (\d+)x(\d+)$/.exec(lines[0] ?? '');
  if (!size)
    return fail({ code: 'not-this-observation', line: 1, message: 'expected "Screen: WxH"' });
  const nodes: ComponentNode[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim().startsWith('…') || line === '') continue;
    const m = linePattern.exec(line);
    if (!m)
      return fail({ code: 'bad-line', line: i + 1, message: `not a component line: ${line}` });
    nodes.push({
      name: m[2] ?? '',
      depth: (m[1] ?? '').length / 2,
      ...(m[3] === undefined ? {} : { text: unquote(m[3]) }),
      ...(m[4] === undefined ? {} : { testID: m[4] }),
      ...(m[5] === undefined ? {} : { tap: { x: Number(m[5]), y: Number(m[6]) } }),
    });
  }
  return ok({ width: Number(size[1]), height: Number(size[2]), nodes });
}
