/**
 * Parses the `describe` observation back into elements, so a policy (or a
 * gate) grounds its taps in what the tool printed.
 */
import type { Platform } from '@forge/spec';
import { fail, ok, type Result } from '@forge/spec';
import type { Frame } from '../world/model.js';
import { quotedInner, unquote } from './text.js';

/** One element as describe printed it. */
export interface DescribedElement {
  readonly role: string;
  readonly label: string;
  readonly value?: string;
  readonly id?: string;
  readonly flags: readonly string[];
  readonly frame: Frame;
  /** 1 for top-level lines, 2 for lines nested under a container. */
  readonly depth: number;
  /** Rows hidden below the fold (a container's `scrollHidden=N`). */
  readonly scrollHidden?: number;
}

/** A parsed describe observation. */
export interface DescribeResult {
  readonly source: string;
  readonly platform: Platform;
  readonly mode: 'flat' | 'nested';
  readonly elements: readonly DescribedElement[];
  /** The title of a system dialog on screen; `elements` are then its buttons. */
  readonly dialog?: string;
}

/** Why an observation could not be parsed. */
export interface ObservationParseError {
  readonly code: 'not-this-observation' | 'bad-line';
  /** 1-based line number. */
  readonly line: number;
  readonly message: string;
}

const platformBySource: Readonly<Record<string, Platform>> = {
  'ax-service': 'ios',
  uiautomator: 'android',
  'cdp-dom': 'chromium',
};

const num = '(-?\\d+(?:\\.\\d+)?)';
const elementPattern = new RegExp(
  `^( +)(\\S+) "${quotedInner}"(?: value="${quotedInner}")?(?: id="${quotedInner}")?(?: \\[([^\\]]*)\\])? \\(${num}, ${num}, ${num}, ${num}\\)$`,
);
const dialogPattern = new RegExp(`^System dialog: "${quotedInner}"$`);

/**
 * Recent parses by observation text. In a generation run every describe is
 * parsed twice, by the expert as it plays and by the gates when they check
 * the record, and the parse is pure, so the second one is a lookup. The
 * results are shared: callers read them (every field is readonly) and never
 * change them. Bounded to one episode's worth of observations.
 */
const recent = new Map<string, Result<DescribeResult, ObservationParseError>>();
const recentLimit = 64;

/**
 * The describe the gym printed last and its parse, entered by the describe
 * tool (see describe-prime.ts). Held aside rather than put in `recent`: that
 * would hash every printed text, and not every describe is parsed; the text
 * is hashed, as before, only when someone parses it.
 */
let printed: { readonly text: string; readonly parsed: DescribeResult } | undefined;

/** Parses a describe observation. */
export function parseDescribe(text: string): Result<DescribeResult, ObservationParseError> {
  const hit = recent.get(text);
  if (hit) return hit;
  const parsed = printed?.text === text ? ok(printed.parsed) : parseUncached(text);
  if (recent.size >= recentLimit) recent.clear();
  recent.set(text, parsed);
  return parsed;
}

/**
 * Enters the parse of `text` without parsing it, for the describe tool, which
 * knows the elements it printed. The caller vouches that `value` is what
 * parsing `text` gives.
 */
export function rememberDescribe(text: string, value: DescribeResult): void {
  printed = { text, parsed: value };
}

/** Parses a describe observation without the cache (exported for tests). */
export function parseUncached(text: string): Result<DescribeResult, ObservationParseError> {
  const lines = text.split('\n');
  const source = /^Source: (\S+)$/.exec(lines[0] ?? '')?.[1];
  const platform = source === undefined ? undefined : platformBySource[source];
  if (source === undefined || platform === undefined) {
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "Source: ax-service | uiautomator | cdp-dom"',
    });
  }
  const mode = (lines[1] ?? '').startsWith('Mode: flat') ? 'flat' : 'nested';
  const elements: DescribedElement[] = [];
  let dialog: string | undefined;
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (
      line.startsWith('Frames:') ||
      line.startsWith('ROOT') ||
      line === '  (no elements)' ||
      line === ''
    )
      continue;
    const d = dialogPattern.exec(line);
    if (d) {
      dialog = unquote(d[1] ?? '');
      continue;
    }
    const m = elementPattern.exec(line);
    if (!m) return fail({ code: 'bad-line', line: i + 1, message: `not an element line: ${line}` });
    elements.push(toElement(m));
  }
  return ok({ source, platform, mode, elements, ...(dialog === undefined ? {} : { dialog }) });
}

function toElement(m: RegExpExecArray): DescribedElement {
  const flags = m[6] ? m[6].split(', ') : [];
  const hidden = flags.find((f) => f.startsWith('scrollHidden='));
  // Built field by field rather than with conditional spreads (one object,
  // not four), in the same key order: role, label, value, id, flags, frame,
  // depth, scrollHidden.
  const out: { -readonly [K in keyof DescribedElement]: DescribedElement[K] } = {
    role: m[2] ?? '',
    label: unquote(m[3] ?? ''),
  } as DescribedElement;
  if (m[4] !== undefined) out.value = unquote(m[4]);
  if (m[5] !== undefined) out.id = unquote(m[5]);
  out.flags = flags;
  out.frame = { x: Number(m[7]), y: Number(m[8]), w: Number(m[9]), h: Number(m[10]) };
  out.depth = (m[1] ?? '').length > 2 ? 2 : 1;
  if (hidden !== undefined) out.scrollHidden = Number(hidden.slice('scrollHidden='.length));
  return out;
}
