/** Chromium target tools: tabs, cookies, local and session storage. */
import type { JsonObject } from '@forge/spec';
import { openInTab } from '../world/navigation.js';
import type { CookieState, DeviceState } from '../world/state.js';
import {
  bool,
  deviceOf,
  error,
  json,
  num,
  optStr,
  str,
  type ToolContext,
  type ToolHandlers,
} from './context.js';

function listTabs(device: DeviceState) {
  return json({
    tabs: device.tabs.map((t, i) => ({
      index: i,
      id: t.id,
      title: t.title,
      url: t.url,
      active: i === device.activeTab,
    })),
  });
}

function tabs(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const action = str(args, 'action');
  if (action === 'list') return listTabs(device);
  if (action === 'new') {
    const tab = { id: device.nextTabId++, url: 'about:blank', title: 'New Tab', rt: null };
    device.tabs.push(tab);
    device.activeTab = device.tabs.length - 1;
    const url = optStr(args, 'url');
    if (url !== undefined) openInTab(ctx.world, device, tab, url);
    return listTabs(device);
  }
  if (typeof args.tab !== 'number')
    return error(`chromium-tabs ${action} needs "tab" (an index from the list action).`);
  const index = num(args, 'tab');
  if (index >= device.tabs.length)
    return error(`No tab at index ${index}; there are ${device.tabs.length} tabs.`);
  if (action === 'select') {
    device.activeTab = index;
    return listTabs(device);
  }
  if (device.tabs.length === 1) return error('Cannot close the last tab of the target.');
  device.tabs.splice(index, 1);
  if (device.activeTab >= index && device.activeTab > 0) device.activeTab -= 1;
  return listTabs(device);
}

/** The origin of the active tab's page, or undefined on a blank tab. */
function originOf(device: DeviceState): string | undefined {
  const url = device.tabs[device.activeTab]?.url ?? '';
  return /^(https?:\/\/[^/]+)/.exec(url)?.[1];
}

function cookies(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const action = str(args, 'action');
  const name = optStr(args, 'name');
  const host = (optStr(args, 'url') ?? originOf(device) ?? '')
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  const domain = optStr(args, 'domain') ?? host;
  const matches = (c: CookieState) =>
    (name === undefined || c.name === name) && (domain === '' || c.domain === domain);
  if (action === 'get') {
    ctx.world.state.seen[`cookies:${device.udid}`] = true;
    return json({ cookies: device.cookies.filter(matches).map((c) => ({ ...c })) });
  }
  if (action === 'clear') {
    const before = device.cookies.length;
    device.cookies = domain === '' ? [] : device.cookies.filter((c) => c.domain !== domain);
    return json({ cleared: before - device.cookies.length });
  }
  if (name === undefined) return error(`chromium-cookies ${action} needs "name".`);
  if (domain === '') return error('No page is open; pass url or domain for the cookie.');
  if (action === 'delete') {
    const before = device.cookies.length;
    device.cookies = device.cookies.filter((c) => !matches(c));
    return json({ deleted: before - device.cookies.length });
  }
  const value = optStr(args, 'value');
  if (value === undefined) return error('chromium-cookies set needs "value".');
  device.cookies = device.cookies.filter((c) => !(c.name === name && c.domain === domain));
  const cookie: CookieState = {
    name,
    value,
    domain,
    path: str(args, 'path', '/'),
    httpOnly: bool(args, 'httpOnly'),
    secure: bool(args, 'secure'),
    sameSite: str(args, 'sameSite', 'Lax'),
    expires: num(args, 'expires', 0),
  };
  device.cookies.push(cookie);
  return json({ set: true, cookie: { ...cookie } });
}

function storage(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const origin = originOf(device);
  if (origin === undefined) return error('The active tab has no page origin; open a page first.');
  const store = str(args, 'store') === 'session' ? device.storage.session : device.storage.local;
  const entries = store[origin] ?? {};
  store[origin] = entries;
  const action = str(args, 'action');
  const key = optStr(args, 'key');
  if (action === 'get') {
    ctx.world.state.seen[`storage:${device.udid}`] = true;
    if (key === undefined) return json({ origin, entries: { ...entries } });
    return json({ origin, key, value: entries[key] ?? null });
  }
  if (action === 'clear') {
    store[origin] = {};
    return json({ origin, cleared: Object.keys(entries).length });
  }
  if (key === undefined) return error(`chromium-storage ${action} needs "key".`);
  if (action === 'remove') {
    const existed = key in entries;
    delete entries[key];
    return json({ origin, removed: existed });
  }
  const value = optStr(args, 'value');
  if (value === undefined) return error('chromium-storage set needs "value".');
  entries[key] = value;
  return json({ origin, key, value });
}

/** Transitions of the Chromium tools. */
export const chromiumTools: ToolHandlers = {
  'chromium-tabs': tabs,
  'chromium-cookies': cookies,
  'chromium-storage': storage,
};
