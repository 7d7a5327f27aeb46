/** rotate-gesture: turn an iOS map to a heading, or rotate the device to an orientation. */
import type { AppSpec } from '../world/model.js';
import type { Orientation } from '../world/state.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, pickByDepth, routedScreens, runtimesOf, shownRuntime } from './helpers.js';

const headings = [45, 90, 135, 180, 225, 270, 315];
const orientations: readonly Orientation[] = [
  'LandscapeLeft',
  'LandscapeRight',
  'PortraitUpsideDown',
];

/** iOS screens with a map a two-finger rotation turns. */
function rotatableMaps(app: AppSpec) {
  if (app.platform !== 'ios') return [];
  return routedScreens(app, 0).filter(
    ({ screen }) => screen.rotatable && screen.elements.some((e) => e.role === 'map'),
  );
}

/**
 * Two variants, each with one of the optional params: `heading` (degrees) for
 * a rotatable map on iOS (two-finger rotation exists only there), else
 * `orientation` for the device, which any mobile app allows, with `screen`
 * (a screen off home) the user wants to see turned.
 */
export const rotateGesture: TaskFamily = {
  id: 'rotate-gesture',
  tools: ['gesture-rotate', 'rotate'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  warmStart: true,
  supports: (app) => app.kind !== 'web',
  // Rotatable maps come from one pack of fourteen: drawn uniformly, fewer
  // than 2 in 100 episodes of the family would use gesture-rotate.
  preferredHost: {
    share: 0.3,
    platforms: ['ios'],
    supports: (app) => rotatableMaps(app).length > 0,
  },
  sample(rng, { app, device }) {
    const maps = rotatableMaps(app);
    if (maps.length > 0 && rng.chance(0.7)) {
      const { screen, depth, path } = pickByDepth(rng, maps);
      const heading = rng.pick(headings);
      const mapId = screen.elements.find((e) => e.role === 'map')?.id ?? '';
      return {
        goal: `In ${app.name}, rotate the map on the ${screen.title} screen to a heading of ${heading}°.`,
        params: { heading },
        privileged: { screenId: screen.id, mapId, path },
        difficulty: difficultyOf(depth, 1),
        check: (world) => runtimesOf(world, app.id).some((rt) => rt.heading[screen.id] === heading),
      };
    }
    const orientation = rng.pick(orientations);
    // The user wants one screen in that orientation (how it lays out there),
    // so the device is turned once the app shows it. Drawn from a fork so
    // the draws above stay as they were.
    const screens = routedScreens(app, 1);
    if (screens.length === 0)
      return {
        goal: `Rotate the device running ${app.name} to ${orientation}.`,
        params: { orientation },
        privileged: {},
        difficulty: 'easy',
        check: (world) => world.state.devices[device]?.orientation === orientation,
      };
    const { screen, depth, path } = pickByDepth(rng.fork('screen'), screens);
    return {
      goal: `In ${app.name}, open the ${screen.title} screen and rotate the device to ${orientation}.`,
      params: { orientation, screen: screen.title },
      privileged: { screenId: screen.id, path },
      difficulty: difficultyOf(depth),
      check: (world) => {
        const rt = shownRuntime(world, device, app.id);
        return (
          world.state.devices[device]?.orientation === orientation &&
          rt?.screen === screen.id &&
          rt.dialog === null &&
          rt.modal === null
        );
      },
    };
  },
};
