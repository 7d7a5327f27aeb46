/**
 * Navigating to a screen by the task's path (the element ids to tap from
 * the first screen), locating the current screen from what the latest
 * discovery shows: element ids are unique within an app, so a visible path
 * element says which screen this is.
 */
import type { PolicyAction } from '@forge/spec';
import { closeKeyboard, discover, goBack, restartApp, scrollDown, tap } from './moves.js';
import type { Seen } from './seen.js';
import type { ExpertView } from './view.js';

/**
 * Scroll gestures to try on one screen before concluding the element is not
 * there. Scrolling stops anyway once nothing is hidden below, so the cap only
 * bounds long lists: a 26-row list read with quarter-screen flicks needs 10
 * (8 left "Yoga 24" one flick out of view: native-inspect, iOS, seed 2262).
 */
const maxScrolls = 16;

/**
 * Where the discovery is on the way: `path.length` when an anchor (an
 * element of the goal screen) is visible, else the index of the deepest
 * visible path element, else -1.
 */
export function locate(seen: Seen, path: readonly string[], anchors: readonly string[]): number {
  for (const id of anchors) if (seen.byId.has(id)) return path.length;
  for (let i = path.length - 1; i >= 0; i -= 1) if (seen.byId.has(path[i] as string)) return i;
  return -1;
}

/**
 * The next move towards the goal screen, or undefined once an anchor is
 * visible. Expects a current discovery (the guards provide it).
 */
export function reach(
  view: ExpertView,
  path: readonly string[],
  anchors: readonly string[],
  label?: string,
): PolicyAction | undefined {
  const seen = view.state.seen;
  if (!seen) return discover(view);
  const at = locate(seen, path, anchors);
  if (at === path.length) return undefined;
  if (at >= 0) {
    const el = seen.byId.get(path[at] as string);
    if (el) return tap(view, el);
  }
  return search(view, seen, label);
}

/**
 * Nothing known is visible: read the screen fully, close a keyboard that may
 * hide it, scroll while rows are hidden below, else leave this screen (back
 * twice, then start the app over).
 */
export function search(view: ExpertView, seen: Seen, label?: string): PolicyAction {
  const s = view.state;
  if (s.wrongTurn) return goBack(view);
  if (seen.tool !== 'describe') return discover(view, true);
  if (seen.keyboard) return closeKeyboard(view);
  if (seen.hidden > 0 && s.scrollsHere < maxScrolls) return scrollDown(view, seen, label);
  if (s.backs < 2 * (s.restarts + 1)) return goBack(view);
  return restartApp(view);
}
