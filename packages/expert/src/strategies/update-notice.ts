/** update-notice: install the toolkit update, or snooze its notice for the asked hours. */
import { type ExpertView, privilegedString } from '../core/view.js';
import { releasedFacts, releaseNamedGoals } from './device-release.js';
import { hostGoal } from './host-goal.js';
import type { Strategy } from './strategy.js';

const snooze = (view: ExpertView): boolean => typeof view.task.params.hours === 'number';
const install = hostGoal('update-argent', () => ({}), 'update');
const dismiss = hostGoal(
  'dismiss-update',
  (view) => ({ hours: Number(view.task.params.hours) }),
  'snooze',
);

/**
 * The notice shows in list-devices (always the first call); then one host
 * call, and stop-simulator-server on the device the user named, if any.
 */
export const updateNoticeStrategy: Strategy = {
  family: 'update-notice',
  needsDevice: false,
  usesApp: false,
  goals: [
    {
      name: 'act',
      done: (view) => (snooze(view) ? dismiss.done(view) : install.done(view)),
      next: (view) => (snooze(view) ? dismiss.next(view) : install.next(view)),
    },
    ...releaseNamedGoals,
  ],
  // A named device was released by name: the user's other devices stay as they are.
  releasesAll: (view) => privilegedString(view, 'releaseUdid') === undefined,
  facts(view) {
    const out = view.state.outputs[snooze(view) ? 'dismiss-update' : 'update-argent'];
    const released = releasedFacts(view);
    if (typeof out?.snoozedHours === 'number')
      return { snoozedHours: out.snoozedHours, ...released };
    return typeof out?.to === 'string' ? { updatedTo: out.to, ...released } : released;
  },
};
