/** profile-drilldown: open a nested screen and read a value shown there. */
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  shownRuntime,
  uniqueLabel,
} from './helpers.js';

interface Readout {
  readonly screen: ScreenSpec;
  readonly el: ElementSpec;
  readonly depth: number;
  readonly path: string[];
}

/** Per app: see `perApp` (asked for by `supports` and again by every reset's `sample`). */
const readouts = perApp(readoutsOf);

/** Read-outs (text with a value) at least two screens deep, so reaching them is a drill-down. */
function readoutsOf(app: AppSpec): Readout[] {
  return routedScreens(app, 2).flatMap(({ screen, depth, path }) =>
    screen.elements
      .filter(
        (e) =>
          e.role === 'text' && e.value !== undefined && e.value !== '' && uniqueLabel(screen, e),
      )
      .map((el) => ({ screen, el, depth, path })),
  );
}

/** Find a value on a nested screen (the answer states it). */
export const profileDrilldown: TaskFamily = {
  id: 'profile-drilldown',
  tools: ['describe', 'gesture-tap', 'button'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) => readouts(app).length > 0,
  sample(rng, { app, device }) {
    const options = readouts(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth, path } = pickByDepth(rng, options);
    const value = String(app.initialState[el.stateKey ?? ''] ?? el.value);
    return {
      goal: `In ${app.name}, find the "${el.label}" shown on the ${screen.title} screen and tell me its value.`,
      params: { field: el.label },
      privileged: { screenId: screen.id, fieldId: el.id, value, path },
      difficulty: difficultyOf(depth),
      // The answer is judged by the gates; the world can only show that the screen holding it is up.
      check: (world) => {
        const rt = shownRuntime(world, device, app.id);
        return (
          rt !== undefined && rt.screen === screen.id && rt.modal === null && rt.dialog === null
        );
      },
    };
  },
};
