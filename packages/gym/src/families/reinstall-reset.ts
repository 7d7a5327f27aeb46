/** reinstall-reset: reinstall the app (wiping its data), relaunch it and open a screen to check it. */
import type { TaskFamily } from './family.js';
import { difficultyOf, pickByDepth, routedScreens } from './helpers.js';

/**
 * Reinstall from the app's build, then relaunch and land with no prompt up:
 * on `screen` (a screen off home the user wants to see back at its
 * defaults) when the app has one, else on home.
 */
export const reinstallReset: TaskFamily = {
  id: 'reinstall-reset',
  tools: ['reinstall-app', 'restart-app', 'launch-app'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  supports: (app) => app.kind !== 'web' && app.appPath !== '',
  sample(rng, { app, world, device }) {
    const d = world.state.devices[device];
    if (!d) return undefined;
    const udid = d.udid;
    const screens = routedScreens(app, 1);
    const route = screens.length > 0 ? pickByDepth(rng.fork('screen'), screens) : undefined;
    const screenId = route?.screen.id ?? app.home;
    return {
      goal:
        route === undefined
          ? `Reinstall ${app.name} from ${app.appPath} to wipe its data, then open it again.`
          : `Reinstall ${app.name} from ${app.appPath} to wipe its data, then open it again and go to the ${route.screen.title} screen.`,
      params: route === undefined ? {} : { screen: route.screen.title },
      privileged: { appPath: app.appPath, screenId, path: route?.path ?? [] },
      difficulty: route === undefined ? 'medium' : difficultyOf(1 + route.depth),
      check: (w) => {
        const now = w.state.devices[device];
        const rt = now?.apps[app.id];
        // A reinstall replaces the runtime with a stopped one, so running here means relaunched since.
        return (
          w.state.seen[`reinstalled:${udid}:${app.id}`] === true &&
          now?.foreground === app.id &&
          rt?.running === true &&
          rt.screen === screenId &&
          rt.dialog === null &&
          rt.modal === null
        );
      },
    };
  },
};
