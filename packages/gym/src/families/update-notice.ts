/** update-notice: act on the toolkit's update notice: install the update, or snooze it. */
import type { TaskFamily } from './family.js';

const versions = ['0.5.3', '0.6.0', '0.6.1'];

/**
 * The notice appears in list-devices. Without `hours` the user wants the
 * update installed; with it, snoozed for that many hours. Sampling posts a
 * notice when the world has none.
 */
export const updateNotice: TaskFamily = {
  id: 'update-notice',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['list-devices', 'update-argent', 'dismiss-update'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: () => true,
  sample(rng, { world }) {
    const update = world.state.update;
    update.available ??= rng.pick(versions);
    const version = update.available;
    if (rng.chance(0.5)) {
      const hours = rng.pick([4, 8, 24, 48, 72]);
      return {
        goal: `Snooze the update notice for ${hours} hours.`,
        params: { hours },
        privileged: { version, action: 'dismiss' },
        difficulty: 'easy',
        check: (w) => !w.state.update.applied && w.state.update.snoozedHours === hours,
      };
    }
    return {
      goal: `Install the available toolkit update (${version}).`,
      params: {},
      privileged: { version, action: 'update' },
      difficulty: 'easy',
      check: (w) => w.state.update.applied && w.state.update.current === version,
    };
  },
};
