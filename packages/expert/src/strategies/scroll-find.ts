/** scroll-find: reach the list, scroll until the row shows, open it. */

import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { reachGoal, tapGoal } from './goals.js';
import type { Strategy } from './strategy.js';

const item = (view: ExpertView): string => privilegedString(view, 'itemId') ?? '';
const opened = tapGoal(item);

/** Reaching the row scrolls (the reach search scrolls while rows are hidden below). */
export const scrollFindStrategy: Strategy = {
  family: 'scroll-find',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [item(view)],
      (view) => opened.done(view),
    ),
    opened,
  ],
  facts(view) {
    const t = view.state.lastTap;
    return t && t.id === item(view) && t.label !== '' ? { opened: t.label } : {};
  },
};
