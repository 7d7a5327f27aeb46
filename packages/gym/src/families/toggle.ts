/** toggle: set a switch to on or off (sometimes two switches of one screen). */

import { pathTo } from '../world/app-index.js';
import type { AppSpec, ElementSpec } from '../world/model.js';
import { isOn, stateKeyOf } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  screensByDepth,
  uniqueLabel,
} from './helpers.js';

/** Share of toggle tasks that also name a second switch, when the screen has one. */
const secondChance = 0.5;

/** Per app: see `perApp` (every reset's `sample` asks, the play's and the replay's). */
const switches = perApp(switchesOf);

/** Enabled switches with a label of their own on their screen, with the screen's depth. */
function switchesOf(app: AppSpec) {
  return screensByDepth(app).flatMap(({ screen, depth }) =>
    screen.elements
      .filter((e) => e.role === 'switch' && !e.disabled && uniqueLabel(screen, e))
      .map((el) => ({ screen, el, depth })),
  );
}

/**
 * Turn a labelled switch on or off. Half the time, when its screen has
 * another switch with a label and a state of its own, the task names that
 * one too ("turn off A and turn on B"), in reading order (the upper first),
 * so a scroll down reaches both; the second is drawn from a fork after the
 * first pick, which stays what it was.
 */
export const toggle: TaskFamily = {
  id: 'toggle',
  tools: ['describe', 'gesture-tap'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  warmStart: true,
  supports: (app) =>
    app.kind !== 'web' &&
    screensByDepth(app).some(({ screen }) => screen.elements.some((e) => e.role === 'switch')),
  sample(rng, { app, device }) {
    const options = switches(app);
    if (options.length === 0) return undefined;
    const picked = pickByDepth(rng, deeperFirst(options));
    const { screen, depth } = picked;
    const more = rng.fork('second');
    const keyOf = (e: ElementSpec) => stateKeyOf(e) ?? e.id;
    const others = options.filter(
      (o) => o.screen === screen && o.el !== picked.el && keyOf(o.el) !== keyOf(picked.el),
    );
    const pick = others.length > 0 && more.chance(secondChance) ? more.pick(others).el : undefined;
    const ordered =
      pick === undefined
        ? [picked.el]
        : pick.frame.y < picked.el.frame.y
          ? [pick, picked.el]
          : [picked.el, pick];
    const wants = ordered.map((el) => {
      const key = keyOf(el);
      const initial = app.initialState[key] ?? el.value;
      return { el, key, initial, state: isOn(initial) ? 'off' : 'on' };
    });
    const [one, two] = wants;
    if (!one) return undefined;
    const path = pathTo(app, screen.id) ?? [];
    const phrase = wants.map((w) => `turn ${w.state} "${w.el.label}"`).join(' and ');
    return {
      goal: `In ${app.name}, ${phrase} on the ${screen.title} screen.`,
      params: {
        setting: one.el.label,
        state: one.state,
        screen: screen.title,
        ...(two ? { setting2: two.el.label, state2: two.state } : {}),
      },
      privileged: {
        screenId: screen.id,
        targetId: one.el.id,
        stateKey: one.key,
        ...(two ? { target2Id: two.el.id, stateKey2: two.key } : {}),
        path,
      },
      difficulty: difficultyOf(depth, two ? 1 : 0),
      check: (world) => {
        const rt = world.state.devices[device]?.apps[app.id];
        return (
          rt !== undefined &&
          wants.every((w) => isOn(rt.values[w.key] ?? w.initial) === (w.state === 'on'))
        );
      },
    };
  },
};
