/** Device and app lifecycle tools: listing, booting, launching, links, buttons, rotation. */
import { formatDeviceList } from '../observe/device-list.js';
import { indexApp } from '../world/app-index.js';
import { goBack, launch, matchWebUrl, openInTab, terminate } from '../world/navigation.js';
import { createRuntime } from '../world/runtime.js';
import type { DeviceState, Orientation, World } from '../world/state.js';
import { systemBrowser } from '../world/system-apps.js';
import {
  bool,
  deviceOf,
  error,
  json,
  optStr,
  str,
  type ToolContext,
  type ToolHandlers,
  text,
} from './context.js';

function installedApp(ctx: ToolContext, device: DeviceState, bundleId: string) {
  const app = ctx.world.apps[bundleId];
  if (!app || !device.installed.includes(bundleId)) {
    return error(`App "${bundleId}" is not installed on ${device.name} (${device.udid}).`);
  }
  return app;
}

function bootDevice(ctx: ToolContext, args: Parameters<ToolHandlers[string]>[1]) {
  const { world } = ctx;
  const avdName = optStr(args, 'avdName');
  const udid = optStr(args, 'udid');
  const electron = optStr(args, 'electronAppPath');
  if (electron !== undefined) {
    const port = typeof args.electronPort === 'number' ? args.electronPort : 9229;
    const udidOf = `chromium-cdp-${port}`;
    if (world.state.devices.some((d) => d.udid === udidOf))
      return error(`Port ${port} is already in use by ${udidOf}.`);
    world.state.devices.push(electronDevice(udidOf, electron));
    return json({ booted: true, udid: udidOf, platform: 'chromium' });
  }
  let device: DeviceState | undefined;
  if (avdName !== undefined) {
    device = world.state.devices.find((d) => d.avd === avdName);
    if (!device)
      return error(
        `No Android virtual device named "${avdName}". Call list-devices to see bootable AVDs.`,
      );
  } else if (udid !== undefined) {
    device = world.state.devices.find(
      (d) => d.udid === udid && (d.platform !== 'android' || d.booted),
    );
    if (!device)
      return error(`Device "${udid}" not found. Call list-devices to see available devices.`);
  } else {
    return error('Provide udid (iOS simulator), avdName (Android) or electronAppPath (Electron).');
  }
  if (device.platform === 'chromium')
    return error(`${device.udid} is a Chromium target; it is already running.`);
  if (device.booted && !bool(args, 'force')) {
    return json({ booted: true, udid: device.udid, alreadyBooted: true });
  }
  if (ctx.hooks.fire('boot-timeout')) {
    const ms = typeof args.bootTimeoutMs === 'number' ? args.bootTimeoutMs : 120000;
    return error(
      `Timed out after ${ms} ms waiting for ${device.avd ?? device.name} to finish booting. The device may still be starting; call boot-device again.`,
    );
  }
  device.booted = true;
  world.state.clockMs += device.platform === 'android' ? 22000 : 9000;
  return json({ booted: true, udid: device.udid, platform: device.platform, name: device.name });
}

function electronDevice(udid: string, path: string): DeviceState {
  return {
    udid,
    name: `Electron (${path.split('/').pop() ?? path})`,
    platform: 'chromium',
    osVersion: 'Electron 33',
    booted: true,
    avd: null,
    installed: [],
    foreground: null,
    orientation: 'Portrait',
    display: { textScale: 1, zoom: 1 },
    apps: {},
    serverActive: false,
    tabs: [{ id: 1, url: 'about:blank', title: 'New Tab', rt: null }],
    activeTab: 0,
    nextTabId: 2,
    cookies: [],
    storage: { local: {}, session: {} },
    screenshots: 0,
  };
}

/** Opens a url on a mobile device: an app's deep link, or the system browser for web urls. */
function openUrlOnMobile(ctx: ToolContext, device: DeviceState, url: string) {
  const { world } = ctx;
  for (const id of device.installed) {
    const app = world.apps[id];
    const screen = app?.deepLinks[url];
    if (app && screen !== undefined && indexApp(app).screens.has(screen)) {
      launch(world, device, app, ctx.hooks, screen);
      return json({ opened: true, url, bundleId: app.id });
    }
  }
  if (/^https?:\/\//.test(url) && (device.platform === 'ios' || device.platform === 'android')) {
    const browser = systemBrowser(device.platform);
    const rt = launch(world, device, browser, ctx.hooks);
    rt.values.url = url;
    return json({ opened: true, url, bundleId: browser.id });
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return error(
    `No installed app can open "${url}"${scheme ? ` (no handler for the ${scheme}: scheme)` : ''}.`,
  );
}

function worldHasHttp(world: World, url: string): boolean {
  return /^https?:\/\//.test(url) || url === 'about:blank' || matchWebUrl(world, url) !== undefined;
}

/** Transitions of the device lifecycle tools. */
export const deviceTools: ToolHandlers = {
  'list-devices': (ctx) => text(formatDeviceList(ctx.world.state)),
  'boot-device': bootDevice,
  'launch-app': (ctx, args) => {
    const device = deviceOf(ctx);
    const app = installedApp(ctx, device, str(args, 'bundleId'));
    if ('isError' in app) return app;
    const activity = optStr(args, 'activity');
    if (activity !== undefined && device.platform === 'android' && activity !== app.activity) {
      return error(`Activity "${activity}" not found in package ${app.id}.`);
    }
    launch(ctx.world, device, app, ctx.hooks);
    return json({ launched: true, bundleId: app.id });
  },
  'restart-app': (ctx, args) => {
    const device = deviceOf(ctx);
    const app = installedApp(ctx, device, str(args, 'bundleId'));
    if ('isError' in app) return app;
    terminate(device, app.id);
    launch(ctx.world, device, app, ctx.hooks);
    return json({ restarted: true, bundleId: app.id });
  },
  'reinstall-app': (ctx, args) => {
    const device = deviceOf(ctx);
    const app = installedApp(ctx, device, str(args, 'bundleId'));
    if ('isError' in app) return app;
    if (str(args, 'appPath') !== app.appPath)
      return error(`No app build at "${str(args, 'appPath')}".`);
    terminate(device, app.id);
    device.apps[app.id] = createRuntime(app);
    ctx.world.state.seen[`reinstalled:${device.udid}:${app.id}`] = true;
    return json({ reinstalled: true, bundleId: app.id, dataWiped: true });
  },
  'open-url': (ctx, args) => {
    const device = deviceOf(ctx);
    const url = str(args, 'url');
    if (device.platform !== 'chromium') return openUrlOnMobile(ctx, device, url);
    if (!worldHasHttp(ctx.world, url))
      return error(`Cannot navigate to "${url}": unsupported scheme.`);
    let tab = device.tabs[device.activeTab];
    if (!tab) {
      tab = { id: device.nextTabId++, url: 'about:blank', title: 'New Tab', rt: null };
      device.tabs.push(tab);
      device.activeTab = device.tabs.length - 1;
    }
    openInTab(ctx.world, device, tab, url);
    return json({ opened: true, url, title: tab.title });
  },
  button: (ctx, args) => {
    const device = deviceOf(ctx);
    const name = str(args, 'button');
    if (name === 'back' && device.platform === 'ios') {
      return error(
        "The back button does not exist on iOS simulators; tap the app's back button or swipe from the left edge.",
      );
    }
    if (name === 'actionButton' && device.platform !== 'ios')
      return error('actionButton exists only on iOS devices.');
    const rt = device.foreground === null ? null : (device.apps[device.foreground] ?? null);
    if (name === 'home') device.foreground = null;
    else if (name === 'back' && rt?.running) {
      if (rt.dialog) {
        rt.permissions[rt.dialog.permission] = false;
        rt.dialog = null;
      } else goBack(ctx.world, device, rt);
    }
    return json({ pressed: name });
  },
  rotate: (ctx, args) => {
    const device = deviceOf(ctx);
    device.orientation = str(args, 'orientation', 'Portrait') as Orientation;
    return json({ rotated: true, orientation: device.orientation });
  },
};
