/**
 * hide-and-seek: the user names the element, not its screen. The plan looks
 * for the label on every screen it reads; on the first screen it explores
 * sibling entries in reading order first (open one, look, go back with the
 * back gesture when the label is not there), then takes the way on.
 *
 * How many siblings are explored before the right entry varies by episode;
 * which entry is right is the teacher's knowledge (`path`), so the recorded
 * search always ends, while still showing the look-and-go-back routine.
 */
import { deriveSeed } from '@forge/gym';
import type { PolicyAction } from '@forge/spec';
import { discover, goBack, tap } from '../core/moves.js';
import { isDiscoveryTool, seenOf } from '../core/observations.js';
import { locate, reach } from '../core/reach.js';
import type { SeenElement } from '../core/seen.js';
import { type ExpertView, privilegedList } from '../core/view.js';
import { maxTapAttempts } from './goals.js';
import type { Strategy } from './strategy.js';
import { callsSince, madeCalls, param } from './tool-outputs.js';

const path = (view: ExpertView) => privilegedList(view, 'path');
// The label exactly as the user gave it: apps reuse words in other cases
// ("Sign in" heading and entry, "Sign In" button), and only one is meant.
const isTarget = (view: ExpertView, el: SeenElement): boolean =>
  el.id !== undefined && el.label === param(view, 'target');

/** The target's id, once any discovery has shown an element with its label. */
function targetId(view: ExpertView): string | undefined {
  for (const c of madeCalls(view).reverse()) {
    if (!isDiscoveryTool(c.call.name)) continue;
    const el = seenOf(c.call.name, c.result)?.elements.find((e) => isTarget(view, e));
    if (el) return el.id;
  }
  return undefined;
}

/** Sibling entries explored before the right one in this episode (0..2). */
const detourCount = (view: ExpertView): number => deriveSeed(view.task.id, 'hide-and-seek') % 3;

/** Entries of the first screen like the way on (same role), read before it and not yet opened. */
function detour(view: ExpertView): SeenElement | undefined {
  const seen = view.state.seen;
  const first = path(view)[0];
  if (seen?.tool !== 'describe' || first === undefined) return undefined;
  if (locate(seen, path(view), []) !== 0) return undefined;
  const way = seen.byId.get(first);
  if (!way) return undefined;
  const before = seen.elements.slice(0, seen.elements.indexOf(way));
  const siblings = before.filter(
    (e) =>
      e.id !== undefined &&
      e.label !== '' &&
      e.role === way.role &&
      e.flags.includes('clickable') &&
      !e.flags.includes('selected'),
  );
  const tried = siblings.filter((e) => (view.state.tapsOn[e.id as string] ?? 0) > 0).length;
  if (tried >= detourCount(view)) return undefined;
  return siblings.find((e) => view.state.tapsOn[e.id as string] === undefined);
}

/** The last tap opened a sibling whose screen lacks the target, and nothing has gone back since. */
function onDetour(view: ExpertView): boolean {
  const t = view.state.lastTap;
  const seen = view.state.seen;
  if (!t?.id || !seen || path(view).includes(t.id) || t.id === targetId(view)) return false;
  if (!view.state.landed[t.id] || locate(seen, path(view), []) >= 0) return false;
  const left = callsSince(view, t.step + 1).some(
    (c) =>
      c.call.name === 'button' ||
      c.call.name === 'gesture-swipe' ||
      c.call.name === 'launch-app' ||
      c.call.name === 'restart-app' ||
      c.call.name === 'open-url',
  );
  return !left;
}

function tapped(view: ExpertView): boolean {
  const id = targetId(view);
  if (id === undefined) return false;
  return view.state.landed[id] === true || (view.state.tapsOn[id] ?? 0) >= maxTapAttempts;
}

function seek(view: ExpertView): PolicyAction {
  const seen = view.state.seen;
  const el = seen?.elements.find((e) => isTarget(view, e));
  if (el) return tap(view, el);
  if (onDetour(view)) return goBack(view);
  const sibling = detour(view);
  if (sibling) return tap(view, sibling);
  return reach(view, path(view), []) ?? discover(view, true);
}

/** Look on every screen read; explore, go back, go on; tap the label when it shows. */
export const hideAndSeekStrategy: Strategy = {
  family: 'hide-and-seek',
  needsDescribe: true,
  goals: [{ name: 'seek', done: tapped, next: seek }],
  facts(view) {
    const t = view.state.lastTap;
    const id = targetId(view);
    return tapped(view) && t !== undefined && t.id === id && t.label !== ''
      ? { tapped: t.label }
      : {};
  },
};
