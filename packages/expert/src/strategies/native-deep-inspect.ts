/**
 * native-deep-inspect: inspect the native views around a target of a
 * native iOS app: the full UIKit hierarchy, the deepest view and the view
 * that would receive a touch at the target's point, and, when the user
 * named an endpoint, the native capture of that request.
 *
 * The at-point tools take raw iOS points, so the point is the target's raw
 * tap point as native-describe-screen printed it, never a normalized one.
 */
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { latestOk, replyOf } from './device-calls.js';
import { reachGoal } from './goals.js';
import { nativeDescribed, nativeLeaf, onApp, statusChecked } from './native-steps.js';
import type { Strategy, SubGoal } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const endpoint = (view: ExpertView): string | undefined => {
  const e = view.task.params.endpoint;
  return typeof e === 'string' && e !== '' ? e : undefined;
};

/** A successful call of `tool` since the current native-describe-screen was read. */
const readSince = (view: ExpertView, tool: string) => {
  const made = latestOk(view, tool);
  return made !== undefined && made.step > view.state.seenStep ? made : undefined;
};

/** A url's path, as the user names an endpoint ('/' for the bare host). */
const pathOf = (url: string): string => url.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';

const hierarchy: SubGoal = {
  name: 'hierarchy',
  done: (view) => latestOk(view, 'native-full-hierarchy') !== undefined,
  next: (view) => callAction(view, 'native-full-hierarchy', onApp(view), 'read-hierarchy'),
};

/** One at-point tool at the target's raw tap point from the current native-describe-screen. */
function atPoint(tool: string, intent: string): SubGoal {
  return {
    name: tool,
    done: (view) => readSince(view, tool) !== undefined,
    next(view) {
      const leaf = nativeLeaf(view, target(view));
      // The plan's order puts a fresh native-describe-screen showing the target before this goal.
      const tap = leaf?.tap ?? { x: 0, y: 0 };
      return callAction(view, tool, onApp(view, { x: tap.x, y: tap.y }), intent, {
        label: leaf?.label ?? '',
        x: tap.x,
        y: tap.y,
      });
    },
  };
}

const viewAt = atPoint('native-view-at-point', 'view-at-point');
const touchAt = atPoint('native-user-interactable-view-at-point', 'view-at-point');

/** The native request log, when the user asked about an endpoint. */
const network: SubGoal = {
  name: 'native-network',
  done: (view) =>
    endpoint(view) === undefined || latestOk(view, 'native-network-logs') !== undefined,
  next: (view) => callAction(view, 'native-network-logs', onApp(view), 'read-network'),
};

const described = nativeDescribed(target);
/** Past the point reads, the screen need not be read again. */
const pointsRead = (view: ExpertView) => viewAt.done(view) && touchAt.done(view);

/** Reach, check the devtools, read natively, hierarchy, both views at the point, the request. */
export const nativeDeepInspectStrategy: Strategy = {
  family: 'native-deep-inspect',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      pointsRead,
    ),
    statusChecked,
    { ...described, done: (view) => pointsRead(view) || described.done(view) },
    hierarchy,
    viewAt,
    touchAt,
    network,
  ],
  facts(view) {
    const out: Record<string, string | number> = {};
    const at = replyOf(readSince(view, 'native-view-at-point'))?.view as
      | Record<string, unknown>
      | undefined;
    const touch = replyOf(readSince(view, 'native-user-interactable-view-at-point'))?.view as
      | Record<string, unknown>
      | undefined;
    if (typeof at?.className === 'string') out.viewAtPoint = at.className;
    if (typeof touch?.className === 'string') out.touchReceiver = touch.className;
    const wanted = endpoint(view);
    const logs = replyOf(latestOk(view, 'native-network-logs'))?.requests;
    if (wanted !== undefined && Array.isArray(logs)) {
      const hit = (logs as Record<string, unknown>[]).find(
        (r) => typeof r.url === 'string' && pathOf(r.url) === wanted,
      );
      if (hit && typeof hit.method === 'string') out.method = hit.method;
      if (hit && typeof hit.status === 'number') out.status = hit.status;
    }
    return out;
  },
};
