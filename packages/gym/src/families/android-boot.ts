/** android-boot: boot an Android virtual device and open the app on it, at a screen. */
import { indexApp } from '../world/app-index.js';
import type { AppSpec, ScreenSpec } from '../world/model.js';
import { isInteractive } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import { perApp, pickByDepth, routedScreens, uniqueLabel } from './helpers.js';

/** Labels a user could name to say what they want to see on a screen. */
const targetsOn = (screen: ScreenSpec) =>
  screen.elements.filter(
    (e) => isInteractive(e) && !e.disabled && e.on?.kind !== 'back' && uniqueLabel(screen, e),
  );

/** Per app: see `perApp` (every reset's `sample` asks, the play's and the replay's). */
const deeperScreens = perApp(deeperScreensOf);

/** Screens off home the user may want opened, each with something to name on it. */
function deeperScreensOf(app: AppSpec) {
  return routedScreens(app, 1).filter(({ screen }) => targetsOn(screen).length > 0);
}

/**
 * Boot a named AVD and bring the app up on `screen`, a screen off its home
 * when the app has one (else home itself). `target` is a label on that
 * screen the user wants to see, which is how they know the app is ready.
 * Sampling shuts the task's emulator down: the task is about booting it.
 */
export const androidBoot: TaskFamily = {
  id: 'android-boot',
  tools: ['list-devices', 'boot-device', 'launch-app', 'describe'],
  platforms: ['android'],
  kinds: ['native', 'react-native'],
  supports: (app) =>
    app.platform === 'android' &&
    (indexApp(app).screens.get(app.home)?.elements ?? []).some(
      (e) => isInteractive(e) && e.label !== '',
    ),
  sample(rng, { app, world, device }) {
    const d = world.state.devices[device];
    const home = indexApp(app).screens.get(app.home);
    if (!d || d.avd === null || !home) return undefined;
    const deeper = deeperScreens(app);
    const route =
      deeper.length > 0
        ? pickByDepth(rng.fork('screen'), deeper)
        : { screen: home, depth: 0, path: [] as string[] };
    const options = targetsOn(route.screen);
    if (options.length === 0) return undefined;
    const target = rng.pick(options);
    d.booted = false;
    d.foreground = null;
    const avd = d.avd;
    const screen = route.screen;
    return {
      goal: `Boot the ${avd} emulator and open ${app.name} on its ${screen.title} screen so I can see "${target.label}".`,
      params: { avd, target: target.label, screen: screen.title },
      privileged: { avd, targetId: target.id, screenId: screen.id, path: route.path },
      difficulty: route.depth >= 2 ? 'hard' : 'medium',
      check: (w) => {
        const now = w.state.devices[device];
        const rt = now?.apps[app.id];
        return (
          now?.booted === true &&
          now.foreground === app.id &&
          rt?.running === true &&
          rt.screen === screen.id &&
          rt.dialog === null &&
          rt.modal === null
        );
      },
    };
  },
};
