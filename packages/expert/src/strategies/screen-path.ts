/** Reaching a screen by its path of taps, and telling that the screen reached is the right one. */
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList } from '../core/view.js';
import { reachGoal } from './goals.js';
import type { SubGoal } from './strategy.js';
import { callsSince } from './tool-outputs.js';

/** Calls that start the app (or page) over, whatever screen it was on. */
const relaunches = new Set(['launch-app', 'restart-app', 'reinstall-app', 'open-url']);

/**
 * True when the latest discovery, made after the latest tap and that tap
 * aimed at `id`, shows the screen it should open: the tapped element is gone
 * and the screen's title (the user named the screen by it) is on show. A
 * tap that hit a neighbour after content moved opens another screen, which
 * this tells apart; a miss leaves the element on show. No relaunch may
 * come between the tap and that discovery: after a crash, the relaunched
 * home screen can show the title too (a map pin named like the place), yet
 * the tap opened nothing.
 */
export function arrivedBy(view: ExpertView, id: string, title: string): boolean {
  const { lastTap, seen, seenStep } = view.state;
  return (
    lastTap?.id === id &&
    seen !== undefined &&
    seenStep > lastTap.step &&
    seen.inApp &&
    !seen.byId.has(id) &&
    seen.elements.some((e) => e.label === title) &&
    !callsSince(view, lastTap.step + 1).some((c) => relaunches.has(c.call.name))
  );
}

/**
 * Reaching the screen a path of taps leads to: walk to the screen of the
 * path's last element, then tap it until a later discovery shows the
 * screen titled `title`; from a wrong screen the walk leads back. An empty
 * path means the first screen, reached by the launch.
 */
export function pathGoals(
  path: (view: ExpertView) => readonly string[],
  title: (view: ExpertView) => string,
): SubGoal[] {
  const last = (view: ExpertView): string | undefined => path(view).at(-1);
  const prefix = (view: ExpertView): readonly string[] => path(view).slice(0, -1);
  const arrived = (view: ExpertView): boolean => {
    const id = last(view);
    return id === undefined || arrivedBy(view, id, title(view));
  };
  return [
    reachGoal(
      prefix,
      (view) => {
        const id = last(view);
        return id === undefined ? [] : [id];
      },
      arrived,
    ),
    {
      name: 'arrive',
      done: arrived,
      next: (view) => {
        const id = last(view) ?? '';
        const el = view.state.seen?.byId.get(id);
        if (el && view.state.fresh) return tap(view, el);
        return reach(view, prefix(view), [id]) ?? discover(view);
      },
    },
  ];
}

/**
 * `pathGoals` for a task whose screen is optional: done at once when the
 * task names no screen (its `screen` param is absent).
 */
export function screenParamGoals(): SubGoal[] {
  const named = (view: ExpertView): boolean => typeof view.task.params.screen === 'string';
  return pathGoals(
    (view) => (named(view) ? privilegedList(view, 'path') : []),
    (view) => String(view.task.params.screen ?? ''),
  ).map((goal) => ({ ...goal, done: (view) => !named(view) || goal.done(view) }));
}
