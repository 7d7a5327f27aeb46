/** console-check: visit a screen, then read the console log registry for its warning or error. */
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, perApp, pickByDepth, routedScreens } from './helpers.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

/** Warnings and errors logged by reachable screens, one per (level, screen). */
function candidatesOf(app: AppSpec) {
  const routes = new Map(routedScreens(app, 0).map((r) => [r.screen.id, r] as const));
  const logs = app.runtime?.logs ?? [];
  return logs.flatMap((log, index) => {
    const route = routes.get(log.screen);
    if (!route || (log.level !== 'warn' && log.level !== 'error')) return [];
    const first = logs.findIndex((l) => l.level === log.level && l.screen === log.screen);
    return first === index ? [{ log, index, ...route }] : [];
  });
}

/** Read the console registry after visiting a screen; the answer states the message. */
export const consoleCheck: TaskFamily = {
  id: 'console-check',
  tools: ['debugger-log-registry', 'debugger-connect'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    if (!app.runtime || options.length === 0) return undefined;
    const { log, index, screen, depth, path } = pickByDepth(rng, options);
    const level = log.level as 'warn' | 'error';
    const noun = level === 'warn' ? 'warning' : 'error';
    return {
      goal: `In ${app.name}, open the ${screen.title} screen and tell me which console ${noun} it logs.`,
      params: { level, screen: screen.title },
      privileged: {
        screenId: screen.id,
        path,
        message: log.message,
        logIndex: index,
        port: app.runtime.metroPort,
      },
      difficulty: difficultyOf(depth, 1),
      // Only a read that already included the message counts: reading before the visit shows nothing.
      check: (world) => world.state.seen[`log-read:${app.id}:${index}`] === true,
    };
  },
};
