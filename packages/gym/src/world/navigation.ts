/**
 * Screen changes: launching apps, navigating, going back, opening links.
 * Every arrival on a screen goes through `visit`, which is where requests,
 * console logs and profiler samples appear.
 */
import type { InjectionHooks } from '../inject/kinds.js';
import { indexApp } from './app-index.js';
import type { AppSpec } from './model.js';
import { createRuntime } from './runtime.js';
import type { AppRuntime, DeviceState, TabState, World } from './state.js';

/** Shows a screen: clears transient UI and records what the screen emits. */
export function visit(world: World, device: DeviceState, rt: AppRuntime, screen: string): void {
  rt.screen = screen;
  rt.scroll = 0;
  rt.shift = 0;
  rt.focused = null;
  rt.keyboard = false;
  rt.keyboardTall = false;
  rt.modal = null;
  rt.toast = null;
  rt.visits[screen] = (rt.visits[screen] ?? 0) + 1;
  const app = world.apps[rt.app];
  if (!app) return;
  const index = indexApp(app);
  const state = world.state;
  for (const request of index.requestsOn.get(screen) ?? []) {
    rt.network.push({ requestId: request.id, atMs: state.clockMs });
  }
  for (const log of index.logsOn.get(screen) ?? []) if (!rt.logs.includes(log)) rt.logs.push(log);
  for (const profiler of [state.react, state.native]) {
    if (profiler.status === 'recording' && profiler.device === device.udid)
      profiler.screens.push(screen);
  }
  if (device.platform === 'chromium') syncTab(device, app, rt);
}

/** Pushes the current screen and shows another. */
export function navigate(world: World, device: DeviceState, rt: AppRuntime, to: string): void {
  const app = world.apps[rt.app];
  if (!app || !indexApp(app).screens.has(to)) return;
  rt.stack.push(rt.screen);
  visit(world, device, rt, to);
}

/**
 * Back: closes the keyboard, else the modal, else returns to the previous
 * screen; on the first screen the app goes to the background.
 */
export function goBack(world: World, device: DeviceState, rt: AppRuntime): void {
  if (rt.keyboard) {
    rt.keyboard = false;
    rt.keyboardTall = false;
    rt.focused = null;
    return;
  }
  if (rt.modal !== null) {
    closeModal(world, device, rt);
    return;
  }
  const app = world.apps[rt.app];
  const previous =
    rt.stack.pop() ?? (app ? indexApp(app).screens.get(rt.screen)?.parent : undefined);
  if (previous !== undefined) {
    visit(world, device, rt, previous);
    return;
  }
  if (device.platform !== 'chromium') device.foreground = null;
}

/** The runtime of an installed app, created on first use. */
export function runtimeFor(device: DeviceState, app: AppSpec): AppRuntime {
  let rt = device.apps[app.id];
  if (!rt) {
    rt = createRuntime(app);
    device.apps[app.id] = rt;
  }
  return rt;
}

/**
 * Brings an app to the foreground: a cold start at its home screen when it
 * is not running, a resume otherwise. A first launch may ask for a permission;
 * a cold one shows the app's first-run prompt until it has been answered.
 */
export function launch(
  world: World,
  device: DeviceState,
  app: AppSpec,
  hooks: InjectionHooks,
  screen?: string,
): AppRuntime {
  const rt = runtimeFor(device, app);
  const cold = !rt.running;
  const first = !rt.launched;
  device.foreground = app.id;
  rt.running = true;
  rt.crashed = false;
  rt.launched = true;
  if (cold) {
    rt.stack = [];
    visit(world, device, rt, screen ?? app.home);
    showFirstRun(device, app, rt);
  } else if (screen !== undefined && screen !== rt.screen) {
    rt.stack = [];
    visit(world, device, rt, screen);
  }
  const permission = app.permission;
  if (first && permission !== undefined && !(permission in rt.permissions)) {
    rt.dialog = { permission };
  } else if (rt.dialog === null && hooks.fire('permission-dialog')) {
    rt.dialog = { permission: permission ?? 'notifications' };
  }
  return rt;
}

/** Stops an app (kept installed, data kept). */
export function terminate(device: DeviceState, appId: string): void {
  const rt = device.apps[appId];
  if (rt) {
    rt.running = false;
    rt.dialog = null;
    rt.keyboard = false;
    rt.focused = null;
  }
  if (device.foreground === appId) device.foreground = null;
}

/** The app crashed: not running until launched again. */
export function crash(device: DeviceState, rt: AppRuntime): void {
  terminate(device, rt.app);
  rt.crashed = true;
}

/** Keeps a tab's url and title in step with its web app's screen. */
export function syncTab(device: DeviceState, app: AppSpec, rt: AppRuntime): void {
  const tab = device.tabs.find((t) => t.rt === rt);
  if (!tab) return;
  tab.url = `${app.web?.origin ?? `https://${app.id}`}${app.web?.paths[rt.screen] ?? '/'}`;
  tab.title = `${indexApp(app).screens.get(rt.screen)?.title ?? app.name} – ${app.name}`;
}

/** Points a tab at a url: a web app's screen when the url belongs to one, else a plain page. */
export function openInTab(world: World, device: DeviceState, tab: TabState, url: string): void {
  const match = matchWebUrl(world, url);
  tab.url = url;
  if (!match) {
    tab.rt = null;
    tab.title = url === 'about:blank' ? 'New Tab' : url;
    return;
  }
  const rt = tab.rt?.app === match.app.id ? tab.rt : createRuntime(match.app);
  rt.running = true;
  rt.launched = true;
  tab.rt = rt;
  rt.stack = [];
  visit(world, device, rt, match.screen);
  showFirstRun(device, match.app, rt);
}

/**
 * Puts the app's first-run prompt over its screen, unless it was answered:
 * on mobile in this install of the app, on the web by the consent cookie on
 * the site's domain (so every tab of the site knows).
 */
export function showFirstRun(device: DeviceState, app: AppSpec, rt: AppRuntime): void {
  const prompt = app.firstRun;
  if (!prompt) return;
  if (prompt.cookie !== undefined) {
    const domain = consentDomain(app);
    if (device.cookies.some((c) => c.name === prompt.cookie && c.domain === domain)) return;
  } else if (rt.prompted) return;
  rt.modal = prompt.modal;
}

/** Closes the modal on screen; closing the first-run prompt answers it for good. */
export function closeModal(world: World, device: DeviceState, rt: AppRuntime): void {
  const app = world.apps[rt.app];
  const prompt = app?.firstRun;
  if (app && prompt && rt.modal === prompt.modal) {
    rt.prompted = true;
    const name = prompt.cookie;
    const domain = consentDomain(app);
    if (name !== undefined && !device.cookies.some((c) => c.name === name && c.domain === domain))
      device.cookies.push({
        name,
        value: 'dismiss',
        domain,
        path: '/',
        httpOnly: false,
        secure: true,
        sameSite: 'Lax',
        expires: 0,
      });
  }
  rt.modal = null;
}

function consentDomain(app: AppSpec): string {
  return (app.web?.origin ?? app.id).replace(/^https?:\/\//, '');
}

/** The web app and screen a url belongs to. */
export function matchWebUrl(
  world: World,
  url: string,
): { app: AppSpec; screen: string } | undefined {
  for (const app of Object.values(world.apps)) {
    const web = app.web;
    if (!web || app.platform !== 'chromium') continue;
    const link = app.deepLinks[url];
    if (link !== undefined) return { app, screen: link };
    if (!url.startsWith(web.origin)) continue;
    const rest = url.slice(web.origin.length);
    const path = rest === '' ? '/' : rest.replace(/[?#].*$/, '');
    const screen = indexApp(app).pathToScreen.get(path) ?? (path === '/' ? app.home : undefined);
    if (screen !== undefined) return { app, screen };
  }
  return undefined;
}
