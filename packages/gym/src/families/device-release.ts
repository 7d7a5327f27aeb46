/** device-release: release the simulator server of one named device, or of all devices. */
import type { TaskFamily } from './family.js';

/**
 * Release device servers. Sampling marks every booted device's server as
 * active (left over from earlier work), which is what there is to release.
 * With `device` only that one must be released; without, all of them.
 */
export const deviceRelease: TaskFamily = {
  id: 'device-release',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['list-devices', 'stop-simulator-server', 'stop-all-simulator-servers'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: () => true,
  sample(rng, { app, world }) {
    const devices = world.state.devices;
    for (const d of devices) if (d.booted) d.serverActive = true;
    // A device can be named only when its name tells it apart.
    const nameable = devices.filter(
      (d) => d.booted && devices.filter((o) => o.name === d.name).length === 1,
    );
    const one = nameable.length > 0 && rng.chance(0.6) ? rng.pick(nameable) : undefined;
    if (one) {
      const udid = one.udid;
      return {
        goal: `I'm done with ${one.name}: release its server.`,
        params: { device: one.name },
        privileged: { releaseUdid: udid },
        difficulty: 'easy',
        check: (w) => {
          const d = w.state.devices.find((x) => x.udid === udid);
          return w.state.seen[`released:${udid}`] === true && d?.serverActive === false;
        },
      };
    }
    return {
      goal: `I'm done with ${app.name} for now: release all the devices.`,
      params: {},
      privileged: { releaseUdid: null },
      difficulty: 'easy',
      check: (w) =>
        w.state.seen['released:all'] === true && w.state.devices.every((d) => !d.serverActive),
    };
  },
};
