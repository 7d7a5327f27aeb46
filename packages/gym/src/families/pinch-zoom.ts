/** pinch-zoom: zoom a map in or out past a threshold with a pinch. */
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  runtimesOf,
} from './helpers.js';

/** Per app: see `perApp` (asked for by `supports` and again by every reset's `sample`). */
const maps = perApp(mapsOf);

/** Zoomable screens holding a map to pinch on. */
function mapsOf(app: AppSpec) {
  return routedScreens(app, 0).flatMap((r) => {
    const zoom = r.screen.zoom;
    const map = r.screen.elements.find((e) => e.role === 'map');
    return zoom && map ? [{ ...r, zoom, map }] : [];
  });
}

/** Pinch a map in or out until its zoom passes 1.5x (or 1/1.5x) of where it started. */
export const pinchZoom: TaskFamily = {
  id: 'pinch-zoom',
  tools: ['gesture-pinch', 'describe'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  warmStart: true,
  supports: (app) => app.kind !== 'web' && maps(app).length > 0,
  sample(rng, { app }) {
    const options = maps(app);
    if (options.length === 0) return undefined;
    const { screen, depth, path, zoom, map } = pickByDepth(rng, deeperFirst(options));
    // Zooming out needs room below the start; zooming in needs room above it.
    const canOut = zoom.initial / 1.5 >= zoom.min;
    const canIn = zoom.initial * 1.5 <= zoom.max;
    if (!canIn && !canOut) return undefined;
    const direction = canIn && (!canOut || rng.chance(0.5)) ? 'in' : 'out';
    const threshold = direction === 'in' ? zoom.initial * 1.5 : zoom.initial / 1.5;
    const passed = (z: number) => (direction === 'in' ? z >= threshold : z <= threshold);
    return {
      goal: `In ${app.name}, pinch to zoom ${direction} on the map of the ${screen.title} screen.`,
      params: { direction },
      privileged: {
        screenId: screen.id,
        mapId: map.id,
        path,
        initialZoom: zoom.initial,
        threshold,
      },
      difficulty: difficultyOf(depth),
      check: (world) =>
        runtimesOf(world, app.id).some((rt) => passed(rt.zoom[screen.id] ?? zoom.initial)),
    };
  },
};
