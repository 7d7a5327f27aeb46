/** toggle: reach the switch's screen and tap it until it shows the wanted state. */
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { maxTapAttempts, reachGoal } from './goals.js';
import type { Strategy, SubGoal } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const wanted = (view: ExpertView): boolean => view.task.params.state === 'on';

/** The switch as the current describe shows it (the component tree shows no state). */
function shownState(view: ExpertView): boolean | undefined {
  const s = view.state;
  if (!s.fresh || s.seen?.tool !== 'describe') return undefined;
  const el = s.seen.byId.get(target(view));
  return el ? el.flags.includes('checked') : undefined;
}

const set: SubGoal = {
  name: 'set',
  done: (view) =>
    shownState(view) === wanted(view) || (view.state.tapsOn[target(view)] ?? 0) >= maxTapAttempts,
  next(view) {
    const seen = view.state.seen;
    const el = seen?.byId.get(target(view));
    if (!seen || !el) return reach(view, [], [target(view)]) ?? discover(view);
    if (seen.tool !== 'describe') return discover(view, true);
    return tap(view, el);
  },
};

/** Reach, set, and confirm from a describe that the switch shows the state. */
export const toggleStrategy: Strategy = {
  family: 'toggle',
  needsDescribe: true,
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      (view) => set.done(view),
    ),
    set,
  ],
  facts(view) {
    const el = view.state.seen?.byId.get(target(view));
    const state = shownState(view);
    return el && state !== undefined ? { setting: el.label, checked: state } : {};
  },
};
