/**
 * The `debugger-inspect-element` observation: the React component at a
 * point (its name, label, testID and tap point) and its component stack,
 * or a line saying no component is there.
 */
import { fail, ok, type Result } from '@forge/spec';
import type { ObservationParseError } from './describe-parse.js';
import { fixed3 } from './text.js';

/** One entry of a component stack: `  Name  source`. */
export interface StackEntry {
  readonly name: string;
  /** `file:line`, or a note such as `(library component)`. */
  readonly source: string;
}

/** The component an inspection found. */
export interface InspectedElement {
  /** The component's name, e.g. `TouchableOpacity` or `CatalogRow`. */
  readonly component: string;
  /** Printed raw between quotes, as the tool has always printed it. */
  readonly label: string;
  readonly testID: string;
  /** The element's tap point, normalized. */
  readonly tap: { readonly x: number; readonly y: number };
  /** Innermost first: the component itself, then its screen and the app. */
  readonly stack: readonly StackEntry[];
}

/** A parsed debugger-inspect-element observation. */
export interface ElementInspection {
  /** The inspected point, normalized (printed with 3 decimals). */
  readonly point: { readonly x: number; readonly y: number };
  /** Undefined when no React component is at the point. */
  readonly element: InspectedElement | undefined;
}

const stackHead = 'Component stack:';

/** The debugger-inspect-element text of an inspection. */
export function formatInspection(inspection: ElementInspection): string {
  const at = `(${fixed3(inspection.point.x)}, ${fixed3(inspection.point.y)})`;
  const el = inspection.element;
  if (!el) return `No React component at ${at}.`;
  return [
    `Element at ${at}: ${el.component} "${el.label}" [testID=${el.testID}] (tap: ${fixed3(el.tap.x)},${fixed3(el.tap.y)})`,
    stackHead,
    ...el.stack.map((s) => `  ${s.name}  ${s.source}`),
  ].join('\n');
}

const n = '(-?\\d+(?:\\.\\d+)?)';
const nonePattern = new RegExp(`^No React component at \\(${n}, ${n}\\)\\.$`);
// The label is printed raw, so it is matched greedily up to the last `" [testID=`.
const headPattern = new RegExp(
  `^Element at \\(${n}, ${n}\\): (\\S+) "([\\s\\S]*)" \\[testID=([^\\]\\n]*)\\] \\(tap: ${n},${n}\\)$`,
);
const entryPattern = /^ {2}(\S+) {2}(.+)$/;

/** Parses a debugger-inspect-element observation. */
export function parseInspection(text: string): Result<ElementInspection, ObservationParseError> {
  const none = nonePattern.exec(text);
  if (none) return ok({ point: { x: Number(none[1]), y: Number(none[2]) }, element: undefined });
  const lines = text.split('\n');
  // A label may span lines: the head ends at the stack's heading.
  const stackAt = lines.indexOf(stackHead, 1);
  const head = headPattern.exec(lines.slice(0, stackAt < 0 ? 1 : stackAt).join('\n'));
  if (!head || stackAt < 0)
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "Element at (x, y): …" or "No React component at (x, y)."',
    });
  const stack: StackEntry[] = [];
  for (let i = stackAt + 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const m = entryPattern.exec(line);
    if (!m) return fail({ code: 'bad-line', line: i + 1, message: `not a stack line: ${line}` });
    stack.push({ name: m[1] ?? '', source: m[2] ?? '' });
  }
  return ok({
    point: { x: Number(head[1]), y: Number(head[2]) },
    element: {
      component: head[3] ?? '',
      label: head[4] ?? '',
      testID: head[5] ?? '',
      tap: { x: Number(head[6]), y: Number(head[7]) },
      stack,
    },
  });
}
