/** Shared lookups for family checks and sampling. */
import type { Difficulty } from '@forge/spec';
import type { Rng } from '../rng.js';
import { indexApp, pathTo, reachableScreens } from '../world/app-index.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import { activeRuntime } from '../world/runtime.js';
import type { AppRuntime, World } from '../world/state.js';

export { uniqueInApp, uniqueLabel } from './uniqueness.js';

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

/** True when an element was activated (`screen/element` key) in any runtime of the app. */
export function wasActivated(world: World, app: string, key: string): boolean {
  return runtimesOf(world, app).some((rt) => rt.activated[key] === true);
}

/**
 * `fn(app)` computed once per app. A family asks for its candidates in
 * `supports` (once per generated app) and again in `sample` at every reset
 * of the episode (the play, then the replay gate's), and they are a pure
 * function of the app, which is never changed after generation (see
 * app-index). The result is shared, so callers only read it.
 */
export function perApp<T>(fn: (app: AppSpec) => T): (app: AppSpec) => T {
  const cache = new WeakMap<AppSpec, T>();
  return (app) => {
    if (cache.has(app)) return cache.get(app) as T;
    const value = fn(app);
    cache.set(app, value);
    return value;
  };
}

/** Reachable, non-home screens with a path from home, for tasks that navigate somewhere. */
export function routedScreens(
  app: AppSpec,
  minDepth = 1,
): { screen: ScreenSpec; depth: number; path: string[] }[] {
  return screensByDepth(app).flatMap(({ screen, depth }) => {
    const path = depth >= minDepth ? pathTo(app, screen.id) : undefined;
    return path === undefined ? [] : [{ screen, depth, path }];
  });
}

/**
 * Where a project's files live, for the flow tools' `project_root`: the React
 * Native project root, else a workspace folder named after the app id.
 */
export function projectRootOf(app: AppSpec): string {
  return app.runtime?.projectRoot ?? `/Users/dev/projects/${app.id}`;
}

/** Elements fully inside the first viewport of their screen (no scrolling needed). */
export function inFirstViewport(app: AppSpec, screen: ScreenSpec, el: ElementSpec): boolean {
  const bottom = indexApp(app).viewport.get(screen.id)?.bottom ?? 1;
  return el.fixed === true || el.frame.y + el.frame.h <= bottom;
}

/** True when every tap of `path` (from home) hits an element visible without scrolling. */
export function pathInFirstViewport(app: AppSpec, path: readonly string[]): boolean {
  const screens = indexApp(app).screens;
  let screen = screens.get(app.home);
  for (const id of path) {
    const el = screen?.elements.find((e) => e.id === id);
    if (!screen || !el || !inFirstViewport(app, screen, el)) return false;
    const to = el.on?.kind === 'navigate' ? el.on.to : el.on?.kind === 'request' ? el.on.then : '';
    screen = screens.get(to ?? '');
  }
  return true;
}

/**
 * Picks a depth first, then an option at that depth. Drawing options
 * uniformly would favour the shallow screens, which hold most elements, and
 * teach little navigation. A depth is drawn with weight `(depth + 1)²`
 * (1, 4, 9, 16 for depths 0–3): every depth the app has stays possible,
 * and the deeper ones, whose routes take more taps through more screens,
 * come up more often (depths 1–3 of an app: 14%, 31%, 55%).
 */
export function pickByDepth<T extends { readonly depth: number }>(
  rng: Rng,
  options: readonly T[],
): T {
  const depths = [...new Set(options.map((o) => o.depth))].sort((a, b) => a - b);
  const depth = depths[depthIndex(rng, depths)] as number;
  return rng.pick(options.filter((o) => o.depth === depth));
}

/** An index into ascending depths, drawn with weight `(depth + 1)²` (one draw). */
export function depthIndex(rng: Rng, depths: readonly number[]): number {
  let total = 0;
  for (const d of depths) total += depthWeight(d);
  let r = rng.float() * total;
  for (let i = 0; i < depths.length; i += 1) {
    r -= depthWeight(depths[i] as number);
    if (r < 0) return i;
  }
  return depths.length - 1;
}

const depthWeight = (depth: number): number => (Math.max(0, depth) + 1) ** 2;

/**
 * The options off the home screen, when there are any: a task about a
 * screen the user has to be taken to. Home stays the fallback for an app
 * whose only candidate is there.
 */
export function deeperFirst<T extends { readonly depth: number }>(
  options: readonly T[],
): readonly T[] {
  const deeper = options.filter((o) => o.depth >= 1);
  return deeper.length > 0 ? deeper : options;
}
