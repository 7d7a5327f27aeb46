/**
 * The parse of a describe text, built from the view it was printed from.
 *
 * Every describe the gym prints is parsed again by the expert (through
 * `parseDescribe`), and that parse (a split and one long regex per line) cost
 * more than printing. The describe tool knows what it printed, so it hands
 * the result to `parseDescribe` up front and the expert's parse of that text
 * is a lookup.
 *
 * Safe because the result is field for field what `parseUncached` gives for
 * the text `formatDescribe` prints from the same view, in the same key order:
 * `quote`/`unquote` round-trip every string, flags are joined and split on
 * ", ", and frames are the numbers `fixed3` printed. describe-prime.test.ts
 * checks this against the parser over many episodes. A frame number the
 * parser's number pattern could not read (not finite, or huge enough for an
 * exponent) enters nothing, so the parser decides as before. A text changed
 * after printing (an injected fault) simply misses the cache.
 */
import type { Platform } from '@forge/spec';
import type { Frame } from '../world/model.js';
import type { ScreenView, ViewNode } from '../world/view.js';
import { describeSources } from './describe-format.js';
import { type DescribedElement, type DescribeResult, rememberDescribe } from './describe-parse.js';
import { platformRole } from './roles.js';

/** Hands `parseDescribe` the parse of `text`, the describe of `view` on `platform`. */
export function primeDescribe(text: string, view: ScreenView, platform: Platform): void {
  const result = describedView(view, platform);
  if (result !== undefined) rememberDescribe(text, result);
}

/** What `parseDescribe(formatDescribe(view, platform))` gives, or undefined when unsure. */
export function describedView(view: ScreenView, platform: Platform): DescribeResult | undefined {
  const flat = platform === 'ios';
  const elements: DescribedElement[] = [];
  for (const node of view.nodes) {
    const element = describedNode(node, platform, flat);
    if (element === undefined) return undefined;
    elements.push(element);
  }
  const source = describeSources[platform];
  const mode = flat ? 'flat' : 'nested';
  return view.dialog === null
    ? { source, platform, mode, elements }
    : { source, platform, mode, elements, dialog: view.dialog };
}

function describedNode(
  node: ViewNode,
  platform: Platform,
  flat: boolean,
): DescribedElement | undefined {
  const frame = printedFrame(node.frame);
  if (frame === undefined) return undefined;
  // Field by field in the parser's key order: role, label, value, id, flags,
  // frame, depth, scrollHidden.
  const out: { -readonly [K in keyof DescribedElement]: DescribedElement[K] } = {
    role: platformRole(node.role, platform),
    label: node.label,
  } as DescribedElement;
  if (node.value !== undefined) out.value = node.value;
  if (node.el) out.id = node.id;
  // The parser's flags are a fresh array; the view is built per call and
  // dropped after printing, so its array is not shared with anything else.
  out.flags = node.flags;
  out.frame = frame;
  out.depth = flat || node.depth <= 1 ? 1 : 2;
  const hidden = node.flags.find((f) => f.startsWith('scrollHidden='));
  if (hidden !== undefined) out.scrollHidden = Number(hidden.slice('scrollHidden='.length));
  return out;
}

/** The frame as describe printed it and the parser reads it back. */
function printedFrame(f: Frame): Frame | undefined {
  if (!(exact(f.x) && exact(f.y) && exact(f.w) && exact(f.h))) return undefined;
  return { x: printed(f.x), y: printed(f.y), w: printed(f.w), h: printed(f.h) };
}

/**
 * Small enough that thousandths are exact integers, so `fixed3` prints the
 * digits of k / 1000 (no exponent) and reading them back gives that double.
 */
function exact(n: number): boolean {
  return Math.abs(n) < 1e9;
}

/**
 * `Number(fixed3(n))` without the text: fixed3 prints k / 1000 for
 * k = round(n * 1000), which reads back as the same double; `+ 0` turns
 * -0 (printed "0.000") into 0.
 */
function printed(n: number): number {
  return Math.round(n * 1000) / 1000 + 0;
}
