/** Shared lookups for family checks and sampling. */
import type { Difficulty } from '@forge/spec';
import { reachableScreens } from '../world/app-index.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import { activeRuntime } from '../world/runtime.js';
import type { AppRuntime, World } from '../world/state.js';

/** The runtime the device shows, if it belongs to `app`. */
export function shownRuntime(world: World, device: number, app: string): AppRuntime | undefined {
  const d = world.state.devices[device];
  const rt = d ? activeRuntime(d) : null;
  return rt?.running && rt.app === app ? rt : undefined;
}

/** Every runtime of an app, on any device or tab. */
export function runtimesOf(world: World, app: string): AppRuntime[] {
  const out: AppRuntime[] = [];
  for (const d of world.state.devices) {
    const rt = d.apps[app];
    if (rt) out.push(rt);
    for (const tab of d.tabs) if (tab.rt?.app === app) out.push(tab.rt);
  }
  return out;
}

/** Reachable screens with their depth from home. */
export function screensByDepth(app: AppSpec): { screen: ScreenSpec; depth: number }[] {
  const depth = reachableScreens(app);
  return app.screens
    .filter((s) => depth.has(s.id))
    .map((s) => ({ screen: s, depth: depth.get(s.id) ?? 0 }));
}

/** Difficulty from navigation depth (plus extra hardness). */
export function difficultyOf(depth: number, extra = 0): Difficulty {
  const score = depth + extra;
  return score <= 1 ? 'easy' : score === 2 ? 'medium' : 'hard';
}

/** True when no other element of the screen has the same label. */
export function uniqueLabel(screen: ScreenSpec, el: ElementSpec): boolean {
  return el.label.trim() !== '' && screen.elements.filter((e) => e.label === el.label).length === 1;
}
