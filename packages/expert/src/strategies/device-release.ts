/** device-release: release the named device's server, or every device. */

import type { JsonValue } from '@forge/spec';
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { privilegedString } from '../core/view.js';
import { heldDevices } from './device-calls.js';
import { hostGoal } from './host-goal.js';
import type { Strategy, SubGoal } from './strategy.js';

const named = (view: ExpertView): string | undefined => privilegedString(view, 'releaseUdid');
const outputKey = (udid: string): string => `stop-simulator-server:${udid}`;

const one = hostGoal(
  'stop-simulator-server',
  (view) => ({ udid: named(view) ?? '' }),
  'release',
  (view) => outputKey(named(view) ?? ''),
);

/** True once stop-simulator-server was tried on `udid` (it may have failed). */
function tried(view: ExpertView, udid: string): boolean {
  return view.history.some((step) =>
    step.calls.some((c) => c.name === 'stop-simulator-server' && c.arguments.udid === udid),
  );
}

/**
 * Releasing only the named device is right only when nothing else was
 * driven: a device the episode itself used (a relaunch, a foreign prefix of
 * the history) must not stay held, or the session ends with a server up.
 * Each is released on its own, so the user's other devices stay untouched;
 * one that cannot be released by name leaves only releasing them all.
 */
const rest: SubGoal = {
  name: 'release-driven',
  done: (view) => heldDevices(view).length === 0,
  next(view) {
    const left = heldDevices(view).filter((udid) => !tried(view, udid));
    const udid = left[0];
    if (udid === undefined) return callAction(view, 'stop-all-simulator-servers', {}, 'release');
    return callAction(view, 'stop-simulator-server', { udid }, 'release');
  },
};

/**
 * Releasing the device the task names (`releaseUdid`), and any other device
 * driven; done at once when the task names none. update-notice ends with
 * these too when the user names a device to release.
 */
export const releaseNamedGoals: readonly SubGoal[] = [
  { ...one, done: (view) => named(view) === undefined || one.done(view) },
  { ...rest, done: (view) => named(view) === undefined || rest.done(view) },
];

/** What was released by name, for the final answer (empty when nothing was named). */
export function releasedFacts(view: ExpertView): Readonly<Record<string, JsonValue>> {
  const udid = named(view);
  if (udid === undefined) return {};
  const out = view.state.outputs[outputKey(udid)];
  if (typeof out?.udid !== 'string') return {};
  // Other devices released on the way, by their own replies.
  const others = Object.keys(view.state.outputs)
    .filter((key) => key.startsWith(outputKey('')) && key !== outputKey(udid))
    .map((key) => key.slice(outputKey('').length));
  return others.length > 0 ? { released: out.udid, alsoReleased: others } : { released: out.udid };
}

/** A named device gets stop-simulator-server (and so does any other device driven); otherwise release all. */
export const deviceReleaseStrategy: Strategy = {
  family: 'device-release',
  needsDevice: false,
  usesApp: false,
  goals: releaseNamedGoals,
  releasesAll: (view) => named(view) === undefined,
  facts: releasedFacts,
};
