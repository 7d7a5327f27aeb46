/**
 * One shape for what any discovery tool showed (describe, the React Native
 * component tree, native-describe-screen), so plans ask "is X on screen and
 * where do I tap it" without caring which tool answered.
 */
import {
  type ComponentTree,
  type DescribeResult,
  type Frame,
  iosScreen,
  type NativeDescribeResult,
} from '@forge/gym';

/** The discovery tools, by the name they are called with. */
export type DiscoveryTool = 'describe' | 'debugger-component-tree' | 'native-describe-screen';

/** One element a discovery listed. */
export interface SeenElement {
  readonly id: string | undefined;
  readonly label: string;
  readonly role: string;
  readonly value: string | undefined;
  readonly flags: readonly string[];
  /** Normalized frame; a zero-size frame at the tap point when the tool gives only a point. */
  readonly frame: Frame;
  /** The point to tap: the frame centre, as the tool printed or implied it. */
  readonly tap: { readonly x: number; readonly y: number };
}

/** A discovery observation, normalized. */
export interface Seen {
  readonly tool: DiscoveryTool;
  /** The raw observation: equal texts mean nothing visible changed. */
  readonly text: string;
  readonly elements: readonly SeenElement[];
  readonly byId: ReadonlyMap<string, SeenElement>;
  /** A system dialog's title when one covers the app. */
  readonly dialog: string | undefined;
  /**
   * The app's own one-time prompt (a "What's new" sheet, a rating card, a
   * cookie banner…) covers the screen: a sheet node is listed.
   */
  readonly prompt: boolean;
  /** The on-screen keyboard is up (describe shows it; the component tree does not). */
  readonly keyboard: boolean;
  /** Rows hidden below the fold, summed over scroll containers (describe only). */
  readonly hidden: number;
  /** The "content updated" banner of a late animation: content moved after an earlier read. */
  readonly moved: boolean;
  /** The app's own UI is showing (some element carries an id), not a launcher or blank page. */
  readonly inApp: boolean;
}

/**
 * How each discovery names the sheet of an app's prompt: iOS and Android
 * describe, the web's ARIA dialog, the React Native Modal, the UIKit view.
 */
const sheetRoles: ReadonlySet<string> = new Set([
  'AXSheet',
  'android.widget.FrameLayout',
  'dialog',
  'Modal',
  'UIDropShadowView',
]);

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function build(
  tool: DiscoveryTool,
  text: string,
  elements: SeenElement[],
  dialog: string | undefined,
  hidden: number,
): Seen {
  const byId = new Map<string, SeenElement>();
  let keyboard = false;
  let moved = false;
  let prompt = false;
  for (const el of elements) {
    if (el.id === undefined && sheetRoles.has(el.role)) prompt = true;
    if (el.id !== undefined) byId.set(el.id, el);
    if (/keyboard/i.test(el.role) || (el.label === 'Keyboard' && el.id === undefined))
      keyboard = true;
    if (el.id === undefined && el.label === 'Updated just now') moved = true;
  }
  return {
    tool,
    text,
    elements,
    byId,
    dialog,
    prompt,
    keyboard,
    hidden,
    moved,
    inApp: dialog !== undefined || byId.size > 0,
  };
}

/** A parsed describe, normalized. */
export function seenFromDescribe(text: string, parsed: DescribeResult): Seen {
  let hidden = 0;
  const elements: SeenElement[] = [];
  for (const el of parsed.elements) {
    hidden += el.scrollHidden ?? 0;
    const f = el.frame;
    elements.push({
      id: el.id,
      label: el.label,
      role: el.role,
      value: el.value,
      flags: el.flags,
      frame: f,
      tap: { x: round3(f.x + f.w / 2), y: round3(f.y + f.h / 2) },
    });
  }
  return build('describe', text, elements, parsed.dialog, hidden);
}

/** A parsed component tree, normalized: only components with a tap point are tappable. */
export function seenFromTree(text: string, tree: ComponentTree): Seen {
  const elements: SeenElement[] = [];
  for (const node of tree.nodes) {
    if (node.tap === undefined) continue;
    elements.push({
      id: node.testID,
      label: node.text ?? '',
      role: node.name,
      value: undefined,
      flags: [],
      frame: { x: node.tap.x, y: node.tap.y, w: 0, h: 0 },
      tap: node.tap,
    });
  }
  return build('debugger-component-tree', text, elements, undefined, 0);
}

/** A parsed native-describe-screen, normalized from raw points to 0..1. */
export function seenFromNative(text: string, parsed: NativeDescribeResult): Seen {
  const elements: SeenElement[] = parsed.leaves.map((leaf) => ({
    id: leaf.id,
    label: leaf.label,
    role: leaf.className,
    value: undefined,
    flags: [],
    frame: {
      x: leaf.frame.x / iosScreen.width,
      y: leaf.frame.y / iosScreen.height,
      w: leaf.frame.w / iosScreen.width,
      h: leaf.frame.h / iosScreen.height,
    },
    tap: leaf.normalized,
  }));
  return build('native-describe-screen', text, elements, undefined, 0);
}
