/**
 * Lookups over a static `AppSpec`, computed once per spec and cached, so a
 * step never searches arrays by id.
 */
import type { AppSpec, ElementSpec, ModalSpec, RequestSpec, ScreenSpec } from './model.js';

/** Fast lookups for one app. */
export interface AppIndex {
  readonly screens: ReadonlyMap<string, ScreenSpec>;
  readonly modals: ReadonlyMap<string, ModalSpec>;
  /** Screen id → the screen's scroll viewport (between fixed header and footer). */
  readonly viewport: ReadonlyMap<string, { readonly top: number; readonly bottom: number }>;
  readonly requests: ReadonlyMap<string, RequestSpec>;
  /** Screen id → requests its appearance triggers. */
  readonly requestsOn: ReadonlyMap<string, readonly RequestSpec[]>;
  /** Screen id → indices of the console logs it emits. */
  readonly logsOn: ReadonlyMap<string, readonly number[]>;
  /** Web path → screen id. */
  readonly pathToScreen: ReadonlyMap<string, string>;
}

const cache = new WeakMap<AppSpec, AppIndex>();

/** The cached index of an app. */
export function indexApp(app: AppSpec): AppIndex {
  const hit = cache.get(app);
  if (hit) return hit;
  const screens = new Map(app.screens.map((s) => [s.id, s] as const));
  const modals = new Map(app.modals.map((m) => [m.id, m] as const));
  const viewport = new Map(app.screens.map((s) => [s.id, viewportOf(s.elements)] as const));
  const requests = new Map(app.requests.map((r) => [r.id, r] as const));
  const requestsOn = new Map<string, RequestSpec[]>();
  for (const r of app.requests) requestsOn.set(r.screen, [...(requestsOn.get(r.screen) ?? []), r]);
  const logsOn = new Map<string, number[]>();
  for (const [i, log] of (app.runtime?.logs ?? []).entries()) {
    logsOn.set(log.screen, [...(logsOn.get(log.screen) ?? []), i]);
  }
  const pathToScreen = new Map(
    Object.entries(app.web?.paths ?? {}).map(([screen, path]) => [path, screen] as const),
  );
  const index: AppIndex = { screens, modals, viewport, requests, requestsOn, logsOn, pathToScreen };
  cache.set(app, index);
  return index;
}

/**
 * Scrolling content shows between the fixed elements at the top (title bars)
 * and at the bottom (tab bars), so a visible row is never under a bar.
 */
function viewportOf(elements: readonly ElementSpec[]): { top: number; bottom: number } {
  let top = 0;
  let bottom = 1;
  for (const el of elements) {
    if (!el.fixed) continue;
    const { y, h } = el.frame;
    if (y + h / 2 < 0.5) top = Math.max(top, y + h);
    else bottom = Math.min(bottom, y);
  }
  return { top, bottom };
}

/** The screen with this id; throws when a pack refers to a missing screen (a pack defect). */
export function screenOf(app: AppSpec, id: string): ScreenSpec {
  const screen = indexApp(app).screens.get(id);
  if (!screen) throw new Error(`app ${app.id} has no screen "${id}"`);
  return screen;
}

/** Every screen reachable from home through navigate/submit/request behaviours, with depth. */
export function reachableScreens(app: AppSpec): Map<string, number> {
  const depth = new Map<string, number>([[app.home, 0]]);
  const queue = [app.home];
  const index = indexApp(app);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const screen = index.screens.get(id);
    if (!screen) continue;
    const d = depth.get(id) ?? 0;
    for (const el of screen.elements) {
      const to =
        el.on?.kind === 'navigate' ? el.on.to : el.on?.kind === 'request' ? el.on.then : undefined;
      if (to !== undefined && !depth.has(to) && index.screens.has(to)) {
        depth.set(to, d + 1);
        queue.push(to);
      }
    }
  }
  return depth;
}

/** A path of element ids to tap from home to reach `target`, or undefined. */
export function pathTo(app: AppSpec, target: string): string[] | undefined {
  const prev = new Map<string, { from: string; via: string }>();
  const seen = new Set([app.home]);
  const queue = [app.home];
  const index = indexApp(app);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === target) break;
    for (const el of index.screens.get(id)?.elements ?? []) {
      const to =
        el.on?.kind === 'navigate' ? el.on.to : el.on?.kind === 'request' ? el.on.then : undefined;
      if (to !== undefined && !seen.has(to) && index.screens.has(to)) {
        seen.add(to);
        prev.set(to, { from: id, via: el.id });
        queue.push(to);
      }
    }
  }
  if (!seen.has(target)) return undefined;
  const path: string[] = [];
  for (let at = target; at !== app.home; ) {
    const step = prev.get(at);
    if (!step) return undefined;
    path.unshift(step.via);
    at = step.from;
  }
  return path;
}
