/**
 * Lookups over a static `AppSpec`, computed once per spec and cached, so a
 * step never searches arrays by id.
 */
import type { AppSpec, ElementSpec, LogSpec, ModalSpec, RequestSpec, ScreenSpec } from './model.js';

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
  for (const r of app.requests) {
    const list = requestsOn.get(r.screen);
    if (list) list.push(r);
    else requestsOn.set(r.screen, [r]);
  }
  const logsOn = new Map<string, number[]>();
  const logs = app.runtime?.logs ?? [];
  for (let i = 0; i < logs.length; i += 1) {
    const screen = (logs[i] as LogSpec).screen;
    const list = logsOn.get(screen);
    if (list) list.push(i);
    else logsOn.set(screen, [i]);
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
 * and at the bottom (tab bars), so a visible row is never under a bar. A
 * fixed element beside the content column (a desktop sidebar) is no bar:
 * content never passes under it, so it must not clip the viewport.
 */
function viewportOf(elements: readonly ElementSpec[]): { top: number; bottom: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const el of elements) {
    if (el.fixed) continue;
    left = Math.min(left, el.frame.x);
    right = Math.max(right, el.frame.x + el.frame.w);
  }
  let top = 0;
  let bottom = 1;
  for (const el of elements) {
    if (!el.fixed) continue;
    const { x, y, w, h } = el.frame;
    if (x + w <= left + 1e-9 || x >= right - 1e-9) continue;
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

/** One breadth-first search from home: each screen's depth and the tap that first reached it. */
interface Reach {
  readonly depth: ReadonlyMap<string, number>;
  readonly prev: ReadonlyMap<string, { readonly from: string; readonly via: string }>;
}

const reaches = new WeakMap<AppSpec, Reach>();

/** Where a tap on the element leads: a navigate target or a request's follow-up screen. */
function targetOf(el: ElementSpec): string | undefined {
  const on = el.on;
  return on?.kind === 'navigate' ? on.to : on?.kind === 'request' ? on.then : undefined;
}

/**
 * The app's navigation search, done once per spec: families ask for depths
 * and paths several times per reset (supports, sample, privileged path).
 */
function reachOf(app: AppSpec): Reach {
  const hit = reaches.get(app);
  if (hit) return hit;
  const depth = new Map<string, number>([[app.home, 0]]);
  const prev = new Map<string, { from: string; via: string }>();
  const queue = [app.home];
  const index = indexApp(app);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] as string;
    const screen = index.screens.get(id);
    if (!screen) continue;
    const d = depth.get(id) ?? 0;
    for (const el of screen.elements) {
      const to = targetOf(el);
      if (to !== undefined && !depth.has(to) && index.screens.has(to)) {
        depth.set(to, d + 1);
        prev.set(to, { from: id, via: el.id });
        queue.push(to);
      }
    }
  }
  const reach: Reach = { depth, prev };
  reaches.set(app, reach);
  return reach;
}

/** Every screen reachable from home through navigate/submit/request behaviours, with depth. */
export function reachableScreens(app: AppSpec): ReadonlyMap<string, number> {
  return reachOf(app).depth;
}

/** A path of element ids to tap from home to reach `target`, or undefined. */
export function pathTo(app: AppSpec, target: string): string[] | undefined {
  const { depth, prev } = reachOf(app);
  if (!depth.has(target)) return undefined;
  const path: string[] = [];
  for (let at = target; at !== app.home; ) {
    const step = prev.get(at);
    if (!step) return undefined;
    path.push(step.via);
    at = step.from;
  }
  return path.reverse();
}
