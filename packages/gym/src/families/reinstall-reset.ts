/** reinstall-reset: reinstall the app (wiping its data) and relaunch it to its home screen. */
import type { TaskFamily } from './family.js';

/** Reinstall from the app's build, then relaunch and land on home with no prompt up. */
export const reinstallReset: TaskFamily = {
  id: 'reinstall-reset',
  tools: ['reinstall-app', 'restart-app', 'launch-app'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  supports: (app) => app.kind !== 'web' && app.appPath !== '',
  sample(_rng, { app, world, device }) {
    const d = world.state.devices[device];
    if (!d) return undefined;
    const udid = d.udid;
    return {
      goal: `Reinstall ${app.name} from ${app.appPath} to wipe its data, then open it again.`,
      params: {},
      privileged: { appPath: app.appPath, screenId: app.home },
      difficulty: 'medium',
      check: (w) => {
        const now = w.state.devices[device];
        const rt = now?.apps[app.id];
        // A reinstall replaces the runtime with a stopped one, so running here means relaunched since.
        return (
          w.state.seen[`reinstalled:${udid}:${app.id}`] === true &&
          now?.foreground === app.id &&
          rt?.running === true &&
          rt.screen === app.home &&
          rt.dialog === null
        );
      },
    };
  },
};
