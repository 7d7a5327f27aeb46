/** drag-gesture: drag a web slider to a value, or long-press a mobile row to open its menu. */
import { indexApp } from '../world/app-index.js';
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  runtimesOf,
  uniqueLabel,
  wasActivated,
} from './helpers.js';

/** Per app: see `perApp` (asked for by `supports` and again by every reset's `sample`). */
const sliders = perApp(slidersOf);
const pressables = perApp(pressablesOf);

/** Web: sliders a drag sets (the screen's drag target is the slider's state key). */
function slidersOf(app: AppSpec) {
  return routedScreens(app, 0).flatMap((r) => {
    const drag = r.screen.drag;
    const el = r.screen.elements.find(
      (e) => e.role === 'slider' && drag?.kind === 'slider' && e.stateKey === drag.key,
    );
    return el && drag ? [{ ...r, el, key: drag.key }] : [];
  });
}

/** Mobile: elements whose long press opens a context menu. */
function pressablesOf(app: AppSpec) {
  return routedScreens(app, 0).flatMap((r) =>
    Object.entries(r.screen.longPress ?? {}).flatMap(([id, modal]) => {
      const el = r.screen.elements.find((e) => e.id === id);
      return el && uniqueLabel(r.screen, el) && indexApp(app).modals.has(modal)
        ? [{ ...r, el, modal }]
        : [];
    }),
  );
}

/** Drag a slider to `amount` (Chromium) or long-press `target` to open its menu (mobile). */
export const dragGesture: TaskFamily = {
  id: 'drag-gesture',
  tools: ['gesture-drag', 'gesture-custom', 'describe'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) => (app.kind === 'web' ? sliders(app) : pressables(app)).length > 0,
  // Few web apps have a slider: drawn uniformly, about 1 in 15 episodes of
  // the family would use gesture-drag.
  preferredHost: {
    share: 0.3,
    platforms: ['chromium'],
    kinds: ['web'],
    supports: (app) => app.kind === 'web',
  },
  sample(rng, { app }) {
    if (app.kind === 'web') {
      const options = sliders(app);
      if (options.length === 0) return undefined;
      const { screen, el, key, depth, path } = pickByDepth(rng, deeperFirst(options));
      const start = String(app.initialState[key] ?? el.value ?? '');
      // The slider runs 0..100 over its frame (see gesture-drag).
      const amount = rng.pick(
        [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90].filter((a) => String(a) !== start),
      );
      return {
        goal: `In ${app.name}, drag the "${el.label}" slider on the ${screen.title} screen to ${amount}.`,
        params: { target: el.label, amount },
        privileged: {
          screenId: screen.id,
          targetId: el.id,
          stateKey: key,
          path,
        },
        difficulty: difficultyOf(depth, 1),
        check: (world) => runtimesOf(world, app.id).some((rt) => rt.values[key] === String(amount)),
      };
    }
    const options = pressables(app);
    if (options.length === 0) return undefined;
    const { screen, el, modal, depth, path } = pickByDepth(rng, deeperFirst(options));
    const key = `${screen.id}/${el.id}:long-press`;
    return {
      goal: `In ${app.name}, long-press "${el.label}" on the ${screen.title} screen to open its menu.`,
      params: { target: el.label },
      privileged: { screenId: screen.id, targetId: el.id, modalId: modal, path, holdMs: 800 },
      difficulty: difficultyOf(depth, 1),
      check: (world) => wasActivated(world, app.id, key),
    };
  },
};
