/** metro-control: reload the JS bundle through Metro, and stop Metro only when asked. */
import type { TaskFamily } from './family.js';
import { pickByDepth, routedScreens, shownRuntime } from './helpers.js';

/**
 * Reload the bundle; with `stop`, stop Metro afterwards (the toolkit asks
 * before stopping it). With `screen`, the user wants to see their change on
 * that screen: a reload starts the app over at home, so the screen must be
 * opened after it.
 */
export const metroControl: TaskFamily = {
  id: 'metro-control',
  tools: ['debugger-reload-metro', 'stop-metro'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => app.runtime !== undefined,
  sample(rng, { app, device }) {
    const runtime = app.runtime;
    if (!runtime) return undefined;
    const port = String(runtime.metroPort);
    const stop = rng.chance(0.4);
    // Drawn from a fork so the draws above stay as they were.
    const more = rng.fork('screen');
    const screens = routedScreens(app, 1);
    const route = screens.length > 0 && more.chance(0.75) ? pickByDepth(more, screens) : undefined;
    const see =
      route === undefined ? '' : `, open the ${route.screen.title} screen to see my change`;
    return {
      goal: stop
        ? `Reload the JS bundle of ${app.name}${see}, then stop Metro.`
        : `Reload the JS bundle of ${app.name}${see} and keep Metro running.`,
      params: route === undefined ? { stop } : { stop, screen: route.screen.title },
      privileged:
        route === undefined
          ? { port: runtime.metroPort }
          : { port: runtime.metroPort, screenId: route.screen.id, path: route.path },
      difficulty: route === undefined || route.depth < 2 ? 'easy' : 'medium',
      check: (world) => {
        const metro = world.state.metro[port];
        if (metro === undefined || metro.reloads < 1 || metro.running !== !stop) return false;
        if (route === undefined) return true;
        const rt = shownRuntime(world, device, app.id);
        return rt?.screen === route.screen.id && rt.dialog === null && rt.modal === null;
      },
    };
  },
};
