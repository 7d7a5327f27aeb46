/**
 * reinstall-reset: reinstall the app from its build (which wipes its data
 * and permissions), relaunch it, and confirm from a discovery that its home
 * screen is up with no prompt in the way; then walk to the screen the user
 * wants to see back at its defaults, when they named one.
 */
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import type { ExpertView } from '../core/view.js';
import { privilegedString } from '../core/view.js';
import { latestOk, replyOf } from './device-calls.js';
import { screenParamGoals } from './screen-path.js';
import type { Strategy, SubGoal } from './strategy.js';

/** The app's build on disk: the user named it in the request. */
const appPath = (view: ExpertView): string => privilegedString(view, 'appPath') ?? '';
const reinstalled = (view: ExpertView) => latestOk(view, 'reinstall-app');

/** Launches (launch-app, restart-app, a relaunch) since the reinstall. */
function relaunchedSince(view: ExpertView, step: number): boolean {
  return view.history.some(
    (s, i) =>
      i > step &&
      s.calls.some(
        (c, j) =>
          (c.name === 'launch-app' || c.name === 'restart-app') && s.results[j]?.isError === false,
      ),
  );
}

const reinstall: SubGoal = {
  name: 'reinstall',
  done: (view) => reinstalled(view) !== undefined,
  next: (view) =>
    callAction(
      view,
      'reinstall-app',
      onDevice(view, { bundleId: view.appId, appPath: appPath(view) }),
      'reinstall',
      { path: appPath(view) },
    ),
};

/** A reinstall leaves the app stopped: restart-app brings it up from its first screen. */
const relaunch: SubGoal = {
  name: 'relaunch',
  done: (view) => {
    const r = reinstalled(view);
    return r !== undefined && relaunchedSince(view, r.step);
  },
  next: (view) =>
    callAction(view, 'restart-app', onDevice(view, { bundleId: view.appId }), 'restart'),
};

/**
 * Read the screen again after the relaunch: the app guards answer a
 * permission prompt (the wipe reset every permission) and relaunch after a
 * crash, so a current, dialog-free discovery of the app is the home screen.
 */
const confirm: SubGoal = {
  name: 'confirm-home',
  done: (view) => {
    const s = view.state;
    const r = reinstalled(view);
    return (
      r !== undefined &&
      s.fresh &&
      s.seenStep > r.step &&
      s.seen?.inApp === true &&
      s.seen.dialog === undefined &&
      !s.seen.prompt
    );
  },
  next: (view) => discover(view),
};

/**
 * Reinstall first (a launch before it would be wiped anyway), then relaunch,
 * re-discover, and open the screen the user named, if any.
 */
export const reinstallResetStrategy: Strategy = {
  family: 'reinstall-reset',
  usesApp: false,
  goals: [reinstall, relaunch, confirm, ...screenParamGoals()],
  facts(view) {
    const out = replyOf(reinstalled(view));
    if (out?.reinstalled !== true || typeof out.bundleId !== 'string') return {};
    return { reinstalled: out.bundleId, dataWiped: out.dataWiped === true };
  },
};
