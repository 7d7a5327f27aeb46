/** toggle: set a switch to on or off. */
import { pathTo } from '../world/app-index.js';
import { isOn, stateKeyOf } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import { deeperFirst, difficultyOf, pickByDepth, screensByDepth, uniqueLabel } from './helpers.js';

/** Turn a labelled switch on or off. */
export const toggle: TaskFamily = {
  id: 'toggle',
  tools: ['describe', 'gesture-tap'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  warmStart: true,
  supports: (app) =>
    app.kind !== 'web' &&
    screensByDepth(app).some(({ screen }) => screen.elements.some((e) => e.role === 'switch')),
  sample(rng, { app, device }) {
    const options = screensByDepth(app).flatMap(({ screen, depth }) =>
      screen.elements
        .filter((e) => e.role === 'switch' && !e.disabled && uniqueLabel(screen, e))
        .map((el) => ({ screen, el, depth })),
    );
    if (options.length === 0) return undefined;
    const { screen, el, depth } = pickByDepth(rng, deeperFirst(options));
    const key = stateKeyOf(el) ?? el.id;
    const initial = app.initialState[key] ?? el.value;
    const state = isOn(initial) ? 'off' : 'on';
    return {
      goal: `In ${app.name}, turn ${state} "${el.label}" on the ${screen.title} screen.`,
      params: { setting: el.label, state, screen: screen.title },
      privileged: {
        screenId: screen.id,
        targetId: el.id,
        stateKey: key,
        path: pathTo(app, screen.id) ?? [],
      },
      difficulty: difficultyOf(depth),
      check: (world) => {
        const rt = world.state.devices[device]?.apps[app.id];
        return rt !== undefined && isOn(rt.values[key] ?? initial) === (state === 'on');
      },
    };
  },
};
