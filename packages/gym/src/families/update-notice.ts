/** update-notice: act on the toolkit's update notice: install the update, or snooze it. */
import type { TaskFamily, TaskSample } from './family.js';

const versions = ['0.5.3', '0.6.0', '0.6.1'];

/**
 * The notice appears in list-devices. Without `hours` the user wants the
 * update installed; with it, snoozed for that many hours. With `release`,
 * the user also wants that device's server released. Sampling posts a
 * notice when the world has none.
 */
export const updateNotice: TaskFamily = {
  id: 'update-notice',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['list-devices', 'update-argent', 'dismiss-update', 'stop-simulator-server'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: () => true,
  sample(rng, { world }) {
    const update = world.state.update;
    update.available ??= rng.pick(versions);
    const version = update.available;
    const task: TaskSample = rng.chance(0.5)
      ? snoozeTask(rng.pick([4, 8, 24, 48, 72]), version)
      : installTask(version);
    // Half the tasks also release a named device the user is done with. The
    // update call takes no argument (the snooze one a handful of values), so
    // without a device to name every install episode made the same calls:
    // a 10,000 run kept one update-argent record after removing
    // near-duplicates. From a fork, so the draws above stay as they were.
    const follow = rng.fork('release');
    const devices = world.state.devices;
    const nameable = devices.filter(
      (d) => d.booted && devices.filter((o) => o.name === d.name).length === 1,
    );
    const device = nameable.length > 0 && follow.chance(0.5) ? follow.pick(nameable) : undefined;
    if (device === undefined) return task;
    device.serverActive = true;
    const udid = device.udid;
    return {
      ...task,
      goal: `${task.goal.replace(/\.$/, '')}, then release the server of ${device.name}.`,
      params: { ...task.params, release: device.name },
      privileged: { ...task.privileged, releaseUdid: udid },
      check: (w) => {
        const d = w.state.devices.find((x) => x.udid === udid);
        return (
          task.check(w) && w.state.seen[`released:${udid}`] === true && d?.serverActive === false
        );
      },
    };
  },
};

function snoozeTask(hours: number, version: string): TaskSample {
  return {
    goal: `Snooze the update notice for ${hours} hours.`,
    params: { hours },
    privileged: { version, action: 'dismiss' },
    difficulty: 'easy',
    check: (w) => !w.state.update.applied && w.state.update.snoozedHours === hours,
  };
}

function installTask(version: string): TaskSample {
  return {
    goal: `Install the available toolkit update (${version}).`,
    params: {},
    privileged: { version, action: 'update' },
    difficulty: 'easy',
    check: (w) => w.state.update.applied && w.state.update.current === version,
  };
}
