import { iosScreen, parseComponentTree, parseDescribe, parseNativeDescribe } from '@forge/gym';
import type { ToolCall } from '@forge/spec';

/** A normalized rectangle. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One thing a discovery listed that a tap may land on. */
export interface Target {
  readonly role: string;
  readonly label: string;
  readonly id: string | undefined;
  readonly flags: readonly string[];
  /** Normalized frame; for component-tree points, a box of the tolerance around the point. */
  readonly box: Box;
}

/** What one successful discovery call showed. */
export interface Discovery {
  readonly tool: string;
  readonly targets: readonly Target[];
  /** The launcher's icon grid rather than an app (describe only). */
  readonly home: boolean;
}

/** Tools whose output lists tap targets with normalized positions. */
export const discoveryTools: ReadonlySet<string> = new Set([
  'describe',
  'native-describe-screen',
  'debugger-component-tree',
]);

/**
 * How far a tap may sit from a component-tree tap point. The tree prints
 * centres with 3 decimals and no frames, so "on the point" needs a margin;
 * 0.01 of the screen is about 4 iOS points.
 */
export const treeTolerance = 0.01;

/** The device a call names: `udid`, or `device_id` for JS-runtime tools. */
export function deviceOf(call: ToolCall): string | undefined {
  const a = call.arguments;
  if (typeof a.udid === 'string') return a.udid;
  if (typeof a.device_id === 'string') return a.device_id;
  return undefined;
}

/** Roles the launcher's icons have in describe output (iOS, Android). */
const iconRoles: ReadonlySet<string> = new Set(['AXIcon', 'android.widget.TextView']);

/**
 * A launcher icon: a clickable icon-role line without an id. App elements
 * always print their id, so a screen made only of such lines (and no
 * system dialog) is the home screen.
 */
function isLauncherIcon(t: Target): boolean {
  return t.id === undefined && iconRoles.has(t.role) && t.flags.includes('clickable');
}

/**
 * Recent parses by tool, then by the observation text itself: the grounding
 * and policy gates read the same observations of a record. Keyed by the
 * text string (not a `tool + text` concatenation) because V8 keeps a
 * string's hash on the string, so a lookup with the record's own string
 * costs no pass over its characters.
 */
const recent = new Map<string, Map<string, Discovery | undefined>>();
let recentCount = 0;

/** Parses a successful discovery observation; undefined when it cannot be read. */
export function parseDiscovery(tool: string, text: string): Discovery | undefined {
  let byText = recent.get(tool);
  if (byText?.has(text)) return byText.get(text);
  const parsed = parseUncached(tool, text);
  // Small and bounded: a record's discoveries, not a corpus's.
  if (recentCount >= 64) {
    recent.clear();
    recentCount = 0;
    byText = undefined;
  }
  if (!byText) {
    byText = new Map();
    recent.set(tool, byText);
  }
  byText.set(text, parsed);
  recentCount += 1;
  return parsed;
}

function parseUncached(tool: string, text: string): Discovery | undefined {
  if (tool === 'describe') {
    const parsed = parseDescribe(text);
    if (!parsed.success) return undefined;
    const { elements, dialog } = parsed.value;
    const targets = elements
      // A scroll container is not a target: taps pass through it to its rows.
      .filter((e) => !e.flags.includes('scrollable'))
      .map((e) => ({ role: e.role, label: e.label, id: e.id, flags: e.flags, box: e.frame }));
    const home = dialog === undefined && targets.length > 0 && targets.every(isLauncherIcon);
    return { tool, targets, home };
  }
  if (tool === 'native-describe-screen') {
    const parsed = parseNativeDescribe(text);
    if (!parsed.success) return undefined;
    const targets = parsed.value.leaves.map((leaf) => ({
      role: leaf.className,
      label: leaf.label,
      id: leaf.id,
      flags: [],
      box: {
        x: leaf.frame.x / iosScreen.width,
        y: leaf.frame.y / iosScreen.height,
        w: leaf.frame.w / iosScreen.width,
        h: leaf.frame.h / iosScreen.height,
      },
    }));
    return { tool, targets, home: false };
  }
  if (tool === 'debugger-component-tree') {
    const parsed = parseComponentTree(text);
    if (!parsed.success) return undefined;
    const targets = parsed.value.nodes.flatMap((node) =>
      node.tap === undefined
        ? []
        : [
            {
              role: node.name,
              label: node.text ?? '',
              id: node.testID,
              flags: [],
              box: {
                x: node.tap.x - treeTolerance,
                y: node.tap.y - treeTolerance,
                w: 2 * treeTolerance,
                h: 2 * treeTolerance,
              },
            },
          ],
    );
    return { tool, targets, home: false };
  }
  return undefined;
}

/** True when the point lies in the box (edges included, with float slack). */
export function boxContains(box: Box, x: number, y: number): boolean {
  const e = 1e-9;
  return x >= box.x - e && x <= box.x + box.w + e && y >= box.y - e && y <= box.y + box.h + e;
}

/** The topmost target containing the point (discovery lists later targets on top). */
export function targetAt(targets: readonly Target[], x: number, y: number): Target | undefined {
  for (let i = targets.length - 1; i >= 0; i -= 1) {
    const t = targets[i] as Target;
    if (boxContains(t.box, x, y)) return t;
  }
  return undefined;
}
