/** visual-regression: capture a baseline of a screen and diff the screen against it. */
import type { ShotState, World } from '../world/state.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, pickByDepth, routedScreens } from './helpers.js';

/** What a screenshot showed: the kernel's signature starts `udid|app|screen|`. */
function shows(shot: ShotState | undefined, udid: string, app: string, screen: string): boolean {
  if (!shot) return false;
  const [u, a, s] = shot.signature.split('|');
  return u === udid && a === app && s === screen;
}

function diffed(world: World, udid: string, app: string, screen: string): boolean {
  const { shots, diffs } = world.state;
  const byPath = (path: string) => shots.find((s) => s.path === path);
  return diffs.some((d) => {
    const base = byPath(d.baselinePath);
    return (
      base?.scale === 1 &&
      shows(base, udid, app, screen) &&
      shows(byPath(d.currentPath), udid, app, screen)
    );
  });
}

/** Baseline screenshot at scale 1 of a named screen, then a visual diff of it. */
export const visualRegression: TaskFamily = {
  id: 'visual-regression',
  tools: ['screenshot', 'screenshot-diff', 'describe', 'gesture-tap'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) => routedScreens(app).length > 0,
  sample(rng, { app, world, device }) {
    const options = routedScreens(app);
    if (options.length === 0) return undefined;
    const { screen, depth, path } = pickByDepth(rng, options);
    const udid = world.state.devices[device]?.udid ?? '';
    return {
      goal: `In ${app.name}, take a baseline screenshot of the ${screen.title} screen and run a visual diff against it.`,
      params: { screen: screen.title },
      privileged: { screenId: screen.id, path, scale: 1, includeImageInContext: false },
      difficulty: difficultyOf(depth),
      check: (w) => diffed(w, udid, app.id, screen.id),
    };
  },
};
