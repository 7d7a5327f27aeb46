/** navigate-tap: reach a screen and activate a named element on it. */
import { pathTo } from '../world/app-index.js';
import type { AppSpec } from '../world/model.js';
import { isInteractive } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  runtimesOf,
  screensByDepth,
  uniqueLabel,
} from './helpers.js';

/** Per app: see `perApp` (every reset's `sample` asks, the play's and the replay's). */
const targets = perApp(targetsOf);

/** Labelled elements a tap activates, with their screen and its depth. */
function targetsOf(app: AppSpec) {
  return screensByDepth(app).flatMap(({ screen, depth }) =>
    screen.elements
      .filter(
        (e) =>
          isInteractive(e) &&
          e.on !== undefined &&
          !e.disabled &&
          e.on.kind !== 'back' &&
          // A link to the screen it sits on (a nav bar's own entry) changes
          // nothing on screen, so no agent could see that its tap landed.
          !(e.on.kind === 'navigate' && e.on.to === screen.id) &&
          uniqueLabel(screen, e),
      )
      .map((el) => ({ screen, el, depth })),
  );
}

/** Tap a labelled element on a given screen. */
export const navigateTap: TaskFamily = {
  id: 'navigate-tap',
  tools: ['list-devices', 'launch-app', 'open-url', 'describe', 'gesture-tap'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) =>
    screensByDepth(app).some(({ screen }) =>
      screen.elements.some((e) => e.on && uniqueLabel(screen, e)),
    ),
  sample(rng, { app }) {
    const options = targets(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth } = pickByDepth(rng, deeperFirst(options));
    const key = `${screen.id}/${el.id}`;
    const to = el.on?.kind === 'navigate' ? el.on.to : undefined;
    const opens = to === undefined ? undefined : app.screens.find((s) => s.id === to)?.title;
    return {
      goal: `In ${app.name}, open the ${screen.title} screen and tap "${el.label}".`,
      params: { target: el.label, screen: screen.title },
      privileged: {
        screenId: screen.id,
        targetId: el.id,
        path: pathTo(app, screen.id) ?? [],
        // The title of the screen the target opens, when it navigates: a
        // teacher fact that lets the expert tell a tap that landed elsewhere.
        ...(opens === undefined ? {} : { opens }),
      },
      difficulty: difficultyOf(depth),
      check: (world) => runtimesOf(world, app.id).some((rt) => rt.activated[key] === true),
    };
  },
};
