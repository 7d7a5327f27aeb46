/** device-release: release the named device's server, or every device. */

import type { ExpertView } from '../core/view.js';
import { privilegedString } from '../core/view.js';
import { hostGoal } from './host-goal.js';
import type { Strategy } from './strategy.js';

const named = (view: ExpertView): string | undefined => privilegedString(view, 'releaseUdid');
const one = hostGoal(
  'stop-simulator-server',
  (view) => ({ udid: named(view) ?? '' }),
  'release',
  (view) => `stop-simulator-server:${named(view)}`,
);

/** A named device gets stop-simulator-server and nothing else; otherwise the usual release of all. */
export const deviceReleaseStrategy: Strategy = {
  family: 'device-release',
  needsDevice: false,
  usesApp: false,
  goals: [{ ...one, done: (view) => named(view) === undefined || one.done(view) }],
  releasesAll: (view) => named(view) === undefined,
  facts(view) {
    const udid = named(view);
    const out =
      udid === undefined ? undefined : view.state.outputs[`stop-simulator-server:${udid}`];
    return typeof out?.udid === 'string' ? { released: out.udid } : {};
  },
};
