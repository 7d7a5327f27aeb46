/** navigate-tap: follow the path to the target's screen and tap the target. */

import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { reachGoal, tapGoal } from './goals.js';
import type { Strategy } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const tapped = tapGoal(target);

/** Reach the screen, tap the target, confirm the tap changed the screen. */
export const navigateTapStrategy: Strategy = {
  family: 'navigate-tap',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      (view) => tapped.done(view),
    ),
    tapped,
  ],
  facts(view) {
    const t = view.state.lastTap;
    return t && t.id === target(view) && t.label !== '' ? { tapped: t.label } : {};
  },
};
