/** android-boot: boot an Android virtual device and open the app on it. */
import { indexApp } from '../world/app-index.js';
import { isInteractive } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import { uniqueLabel } from './helpers.js';

/**
 * Boot a named AVD and bring the app up on its home screen. `target` is a
 * label on that home screen the user wants to see, which is how they know
 * the app is ready. Sampling shuts the task's emulator down: the task is
 * about booting it.
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
    const options = home.elements.filter(
      (e) => isInteractive(e) && !e.disabled && uniqueLabel(home, e),
    );
    if (options.length === 0) return undefined;
    const target = rng.pick(options);
    d.booted = false;
    d.foreground = null;
    const avd = d.avd;
    return {
      goal: `Boot the ${avd} emulator and open ${app.name} so I can see "${target.label}".`,
      params: { avd, target: target.label },
      privileged: { avd, targetId: target.id, screenId: app.home },
      difficulty: 'medium',
      check: (w) => {
        const now = w.state.devices[device];
        const rt = now?.apps[app.id];
        return (
          now?.booted === true &&
          now.foreground === app.id &&
          rt?.running === true &&
          rt.screen === app.home &&
          rt.dialog === null
        );
      },
    };
  },
};
