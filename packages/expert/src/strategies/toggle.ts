/**
 * toggle: reach the switch's screen and tap it until it shows the wanted
 * state; a task with a second switch on the same screen sets that one next.
 */
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { maxTapAttempts, reachGoal } from './goals.js';
import type { Strategy, SubGoal } from './strategy.js';

/** One switch of the task: its id and the state asked for. */
interface Want {
  readonly id: string;
  readonly on: boolean;
}

const first = (view: ExpertView): Want => ({
  id: privilegedString(view, 'targetId') ?? '',
  on: view.task.params.state === 'on',
});
const second = (view: ExpertView): Want | undefined => {
  const id = privilegedString(view, 'target2Id');
  return id === undefined ? undefined : { id, on: view.task.params.state2 === 'on' };
};

/** A switch as the current describe shows it (the component tree shows no state). */
function shownState(view: ExpertView, id: string): boolean | undefined {
  const s = view.state;
  if (!s.fresh || s.seen?.tool !== 'describe') return undefined;
  const el = s.seen.byId.get(id);
  return el ? el.flags.includes('checked') : undefined;
}

/** A switch is on screen in the current describe. */
const visible = (view: ExpertView, id: string | undefined): boolean =>
  id !== undefined && shownState(view, id) !== undefined;

/**
 * Tap the switch until a describe shows the wanted state (or the attempts
 * run out). The first of two also counts as set once a tap on it landed and
 * the scroll down to the second took it off screen.
 */
function setGoal(name: string, want: (view: ExpertView) => Want | undefined): SubGoal {
  return {
    name,
    done: (view) => {
      const w = want(view);
      if (w === undefined) return true;
      const shown = shownState(view, w.id);
      const later = second(view);
      return (
        shown === w.on ||
        (view.state.tapsOn[w.id] ?? 0) >= maxTapAttempts ||
        (shown === undefined &&
          later !== undefined &&
          later.id !== w.id &&
          view.state.landed[w.id] === true &&
          visible(view, later.id))
      );
    },
    next(view) {
      const w = want(view);
      const seen = view.state.seen;
      const el = w === undefined ? undefined : seen?.byId.get(w.id);
      if (!seen || !el || !w) return reach(view, [], [w?.id ?? '']) ?? discover(view);
      if (seen.tool !== 'describe') return discover(view, true);
      return tap(view, el);
    },
  };
}

const set = setGoal('set', first);
const setSecond = setGoal('set-second', second);

/** Reach, set, and confirm from a describe that each switch shows its state. */
export const toggleStrategy: Strategy = {
  family: 'toggle',
  needsDescribe: true,
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      // On the screen when either switch shows (the second one, below, after a scroll).
      (view) => [first(view).id, ...(second(view) ? [second(view)?.id ?? ''] : [])],
      (view) => set.done(view),
    ),
    set,
    setSecond,
  ],
  facts(view) {
    const one = first(view);
    const two = second(view);
    const el = view.state.seen?.byId.get(one.id);
    const state = shownState(view, one.id);
    if (!el || state === undefined) return {};
    if (!two) return { setting: el.label, checked: state };
    const el2 = view.state.seen?.byId.get(two.id);
    const state2 = shownState(view, two.id);
    return el2 && state2 !== undefined
      ? { setting: el.label, checked: state, setting2: el2.label, checked2: state2 }
      : { setting: el.label, checked: state };
  },
};
