/** native-inspect: locate a UIKit view of a native iOS app with the native devtools. */
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  uniqueInApp,
} from './helpers.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

function candidatesOf(app: AppSpec) {
  return routedScreens(app, 0).flatMap(({ screen, depth, path }) =>
    screen.elements
      .filter((e) => e.role !== 'map' && uniqueInApp(app, e))
      .map((el) => ({ screen, el, depth, path })),
  );
}

/** Find a target view with native-find-views (after checking the devtools are injected). */
export const nativeInspect: TaskFamily = {
  id: 'native-inspect',
  tools: ['native-devtools-status', 'native-describe-screen', 'native-find-views'],
  platforms: ['ios'],
  kinds: ['native'],
  warmStart: true,
  supports: (app) => app.kind === 'native' && candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth, path } = pickByDepth(rng, deeperFirst(options));
    return {
      goal: `In ${app.name}, find the native view for "${el.label}" on the ${screen.title} screen.`,
      params: { target: el.label },
      privileged: { screenId: screen.id, targetId: el.id, path },
      difficulty: difficultyOf(depth),
      check: (world) => world.state.seen[`found:${el.id}`] === true,
    };
  },
};
