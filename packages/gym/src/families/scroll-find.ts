/** scroll-find: scroll a list to a row below the fold and open it. */
import { indexApp, pathTo } from '../world/app-index.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  screensByDepth,
  shownRuntime,
  uniqueLabel,
} from './helpers.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

function candidatesOf(app: AppSpec): { screen: ScreenSpec; el: ElementSpec; depth: number }[] {
  return screensByDepth(app).flatMap(({ screen, depth }) => {
    if ((screen.contentHeight ?? 1) <= 1) return [];
    const bottom = indexApp(app).viewport.get(screen.id)?.bottom ?? 1;
    return screen.elements
      .filter(
        (e) =>
          !e.fixed &&
          e.on?.kind === 'navigate' &&
          e.frame.y + e.frame.h > bottom &&
          uniqueLabel(screen, e),
      )
      .map((el) => ({ screen, el, depth }));
  });
}

/** Find a row below the fold and open its detail screen. */
export const scrollFind: TaskFamily = {
  id: 'scroll-find',
  tools: ['describe', 'gesture-swipe', 'gesture-scroll', 'gesture-tap'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  warmStart: true,
  supports: (app) => candidates(app).length > 0,
  sample(rng, { app, device }) {
    const options = candidates(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth } = pickByDepth(rng, deeperFirst(options));
    const detail = el.on?.kind === 'navigate' ? el.on.to : '';
    const key = `${screen.id}/${el.id}`;
    return {
      goal: `In ${app.name}, find "${el.label}" in the ${screen.title} list and open it.`,
      params: { item: el.label, screen: screen.title },
      privileged: {
        screenId: screen.id,
        itemId: el.id,
        detailScreenId: detail,
        path: pathTo(app, screen.id) ?? [],
      },
      difficulty: difficultyOf(depth, 1),
      check: (world) => {
        const rt = shownRuntime(world, device, app.id);
        return rt !== undefined && rt.screen === detail && rt.activated[key] === true;
      },
    };
  },
};
