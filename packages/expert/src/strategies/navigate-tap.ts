/** navigate-tap: follow the path to the target's screen and tap the target. */

import type { PolicyAction } from '@forge/spec';
import { goBack } from '../core/moves.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { maxTapAttempts, reachGoal, tapGoal } from './goals.js';
import type { Strategy } from './strategy.js';
import { param } from './tool-outputs.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const tapped = tapGoal(target);

/**
 * The screen the reading shows is the one the target opens. The teacher
 * knows its title (`opens`), so a tap that content moving under the point
 * sent to a neighbour's screen is not taken for the target's.
 */
function onOpenedScreen(view: ExpertView): boolean {
  const title = privilegedString(view, 'opens');
  if (title === undefined) return true;
  const { fresh, seen } = view.state;
  return (
    fresh &&
    seen !== undefined &&
    seen.dialog === undefined &&
    !seen.prompt &&
    !seen.byId.has(target(view)) &&
    seen.elements.some((e) => e.label === title)
  );
}

/** The target was tapped and the screen it opens is on show (or the attempts ran out). */
function done(view: ExpertView): boolean {
  if (!tapped.done(view)) return false;
  return onOpenedScreen(view) || (view.state.tapsOn[target(view)] ?? 0) >= maxTapAttempts;
}

/** Reach the screen, tap the target, confirm the tap opened what it should. */
export const navigateTapStrategy: Strategy = {
  family: 'navigate-tap',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      done,
    ),
    {
      name: 'tap',
      done,
      next(view): PolicyAction {
        const s = view.state;
        // The tap landed somewhere else: leave that screen and try again.
        if (s.landed[target(view)] === true && s.fresh && !s.seen?.byId.has(target(view)))
          return goBack(view);
        return tapped.next(view);
      },
    },
  ],
  facts(view) {
    if (!done(view)) return {};
    const t = view.state.lastTap;
    const label = t?.id === target(view) && t.label !== '' ? t.label : param(view, 'target');
    return label === '' ? {} : { tapped: label };
  },
};
