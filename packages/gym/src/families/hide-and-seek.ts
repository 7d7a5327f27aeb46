/** hide-and-seek: find and activate an element without being told which screen holds it. */

import type { AppSpec } from '../world/model.js';
import { isInteractive } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  uniqueInApp,
  wasActivated,
} from './helpers.js';

/** Per app: see `perApp` (asked for by `supports` and again by every reset's `sample`). */
const hidden = perApp(hiddenOf);

/** Actionable elements off the home screen whose label appears nowhere else in the app. */
function hiddenOf(app: AppSpec) {
  return routedScreens(app, 1).flatMap(({ screen, depth, path }) =>
    screen.elements
      .filter(
        (e) =>
          isInteractive(e) &&
          e.on !== undefined &&
          e.on.kind !== 'back' &&
          !e.disabled &&
          uniqueInApp(app, e),
      )
      .map((el) => ({ screen, el, depth, path })),
  );
}

/** Tap a labelled element whose screen the user does not name. */
export const hideAndSeek: TaskFamily = {
  id: 'hide-and-seek',
  tools: ['describe', 'gesture-tap', 'button'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) => hidden(app).length > 0,
  sample(rng, { app }) {
    const options = hidden(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth, path } = pickByDepth(rng, deeperFirst(options));
    const key = `${screen.id}/${el.id}`;
    return {
      goal: `Somewhere in ${app.name} there is "${el.label}": find it and tap it.`,
      params: { target: el.label },
      privileged: { screenId: screen.id, targetId: el.id, path },
      difficulty: difficultyOf(depth, 1),
      check: (world) => wasActivated(world, app.id, key),
    };
  },
};
