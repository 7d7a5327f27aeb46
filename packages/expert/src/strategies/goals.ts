/** Sub-goals shared by the UI families: reach a screen, tap until the tap lands. */
import type { PolicyAction } from '@forge/spec';
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { ExpertView } from '../core/view.js';
import type { SubGoal } from './strategy.js';

/** Tap attempts on one target before the plan stops trying. */
export const maxTapAttempts = 4;

/** True when the current discovery shows the element. */
export function visible(view: ExpertView, id: string): boolean {
  const s = view.state;
  return s.fresh && s.seen?.byId.has(id) === true;
}

/** Reach the screen where one of `anchors` shows, unless `skip` says the plan is past it. */
export function reachGoal(
  path: (view: ExpertView) => readonly string[],
  anchors: (view: ExpertView) => readonly string[],
  skip: (view: ExpertView) => boolean = () => false,
): SubGoal {
  return {
    name: 'reach',
    done: (view) => skip(view) || anchors(view).some((id) => visible(view, id)),
    next: (view) => reach(view, path(view), anchors(view)) ?? discover(view),
  };
}

/**
 * Tap an element until a later discovery shows the tap changed something
 * (a miss changes nothing; content that moved under the point is retried).
 */
export function tapGoal(target: (view: ExpertView) => string): SubGoal {
  return {
    name: 'tap',
    done: (view) => {
      const id = target(view);
      const s = view.state;
      return s.landed[id] === true || (s.tapsOn[id] ?? 0) >= maxTapAttempts;
    },
    next: (view): PolicyAction => {
      const id = target(view);
      const el = view.state.seen?.byId.get(id);
      if (el && view.state.fresh) return tap(view, el);
      return reach(view, [], [id]) ?? discover(view);
    },
  };
}
