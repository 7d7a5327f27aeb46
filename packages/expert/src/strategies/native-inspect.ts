/**
 * native-inspect: find a UIKit view of a native iOS app with the native
 * devtools: reach the target's screen, check the injection, read the
 * app-scoped screen, then search the views by the label the user gave.
 */
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { latestOk, replyOf } from './device-calls.js';
import { reachGoal } from './goals.js';
import { nativeDescribed, nativeLeaf, onApp, statusChecked } from './native-steps.js';
import type { Strategy, SubGoal } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';

/** The views the latest native-find-views returned. */
function foundViews(view: ExpertView): readonly Record<string, unknown>[] {
  const views = replyOf(latestOk(view, 'native-find-views'))?.views;
  return Array.isArray(views) ? (views as Record<string, unknown>[]) : [];
}

/** The found view that is the target (its identifier is the one native-describe-screen showed). */
const foundTarget = (view: ExpertView) =>
  foundViews(view).find((v) => v.identifier === target(view));

/** native-find-views calls made so far. */
const searches = (view: ExpertView): number =>
  view.history.filter((step) => step.calls.some((c) => c.name === 'native-find-views')).length;

/**
 * Search by the label native-describe-screen printed for the target; if a
 * label search came back without it, search by the identifier it printed.
 */
const find: SubGoal = {
  name: 'find-views',
  // Bounded: a view neither the label nor the identifier finds is not on this screen.
  done: (view) => foundTarget(view) !== undefined || searches(view) >= 2,
  next(view) {
    const leaf = nativeLeaf(view, target(view));
    const label = leaf?.label ?? String(view.task.params.target ?? '');
    const byLabel = latestOk(view, 'native-find-views', (a) => a.label === label);
    const args = byLabel && leaf?.id !== undefined ? { identifier: leaf.id } : { label };
    return callAction(view, 'native-find-views', onApp(view, args), 'find-views', { label });
  },
};

const described = nativeDescribed(target);

/** Reach, check the devtools, read the screen natively, find the view. */
export const nativeInspectStrategy: Strategy = {
  family: 'native-inspect',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      (view) => find.done(view),
    ),
    statusChecked,
    { ...described, done: (view) => find.done(view) || described.done(view) },
    find,
  ],
  facts(view) {
    const v = foundTarget(view);
    if (!v) return {};
    const out: Record<string, string> = {};
    if (typeof v.className === 'string') out.className = v.className;
    if (typeof v.identifier === 'string') out.identifier = v.identifier;
    if (typeof v.label === 'string') out.label = v.label;
    return out;
  },
};
