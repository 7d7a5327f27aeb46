/**
 * A warm start: the task's app was used before the session and left running
 * in the background on some screen away from home, the way a phone is
 * handed over mid-use. `launch-app` then resumes it there, so an agent that
 * assumes every launch lands on home taps the wrong things; one that reads
 * the screen first finds where it is and goes back or on from there.
 */
import type { Rng } from '../rng.js';
import { indexApp, reachableScreens } from './app-index.js';
import type { AppSpec } from './model.js';
import { runtimeFor } from './navigation.js';
import type { World } from './state.js';

/** Chance that an episode of a family that allows it starts warm. */
export const warmStartChance = 0.35;

/**
 * Leaves `app` running in the background on `device`, on a random reachable
 * screen below home with the back stack that leads to it. The permission the
 * app asks for on first launch counts as answered (granted) in that earlier
 * use, and so does its first-run prompt. No visit is recorded, so nothing a task checks for (screens visited,
 * requests made, elements activated) is done before the agent acts; and a
 * start that would already meet the goal (`done`) is taken back. Returns
 * the screen, or undefined when the episode starts cold.
 */
export function warmStart(
  rng: Rng,
  world: World,
  device: number,
  app: AppSpec,
  done: (world: World) => boolean,
): string | undefined {
  const d = world.state.devices[device];
  if (!d?.booted || d.platform === 'chromium' || d.platform !== app.platform) return;
  if (!d.installed.includes(app.id)) return;
  const depth = reachableScreens(app);
  const screens = indexApp(app).screens;
  const below = app.screens.filter((s) => s.id !== app.home && depth.has(s.id));
  if (below.length === 0) return;
  const screen = rng.pick(below).id;
  // The screens `back` walks through: the chain of parents up to home.
  const stack: string[] = [];
  for (
    let at = screens.get(screen)?.parent;
    at !== undefined && stack.length < 8;
    at = screens.get(at)?.parent
  ) {
    stack.unshift(at);
    if (at === app.home) break;
  }
  if (stack[0] !== app.home) stack.unshift(app.home);
  const before = d.apps[app.id];
  const saved = before
    ? { ...before, stack: before.stack, permissions: { ...before.permissions } }
    : undefined;
  const foreground = d.foreground;
  const rt = runtimeFor(d, app);
  rt.running = true;
  rt.launched = true;
  rt.screen = screen;
  rt.stack = stack;
  if (app.permission !== undefined) rt.permissions[app.permission] = true;
  // Used before: its first-run prompt was answered back then.
  rt.prompted = true;
  if (d.foreground === app.id) d.foreground = null;
  if (!done(world)) return screen;
  if (saved) Object.assign(rt, saved);
  else delete d.apps[app.id];
  d.foreground = foreground;
  return undefined;
}
