/** TEST HELPER: solutions of the Chromium-state and toolkit-housekeeping families. */
import type { Agent } from './agent.js';

interface TabList {
  readonly tabs: readonly { index: number; url: string; active: boolean }[];
}

/** Select the tab already showing the url, else open it in a new tab. */
export function chromiumTabs(a: Agent, short: boolean): void {
  a.start();
  const url = String(a.task.params.url);
  const { tabs } = a.json<TabList>(a.dev('chromium-tabs', { action: 'list' }));
  const open = tabs.find((t) => t.url === url);
  if (short) return;
  if (open) a.dev('chromium-tabs', { action: 'select', tab: open.index });
  else a.dev('chromium-tabs', { action: 'new', url });
}

/** Open the app's origin, read the current value, then write the new one. */
export function cookiesStorage(a: Agent, short: boolean): void {
  a.start();
  const origin = String(a.p.origin);
  a.dev('open-url', { url: `${origin}/` });
  const value = String(a.task.params.value);
  const cookie = a.task.params.cookie;
  if (typeof cookie === 'string') {
    a.dev('chromium-cookies', { action: 'get', name: cookie });
    if (short) return;
    a.dev('chromium-cookies', {
      action: 'set',
      name: cookie,
      value,
      url: origin,
      httpOnly: a.p.httpOnly === true,
      secure: true,
    });
    return;
  }
  const key = String(a.task.params.key);
  a.dev('chromium-storage', { store: 'local', action: 'get', key });
  if (short) return;
  a.dev('chromium-storage', { store: 'local', action: 'set', key, value });
}

/** Release the named device's server, or all of them. */
export function deviceRelease(a: Agent, short: boolean): void {
  const list = a.devices();
  if (short) return;
  const name = a.task.params.device;
  const device = list.devices.find((d) => d.name === name);
  if (device) a.call('stop-simulator-server', { udid: device.udid });
  else a.call('stop-all-simulator-servers');
}

/** See the notice in list-devices, then install or snooze as asked, and release the named device. */
export function updateNotice(a: Agent, short: boolean): void {
  const list = a.devices();
  if (list.notice === undefined) throw new Error('no update notice in list-devices');
  const hours = a.task.params.hours;
  if (short) return;
  if (typeof hours === 'number') a.call('dismiss-update', { hours });
  else a.call('update-argent');
  const release = list.devices.find((d) => d.name === a.task.params.release);
  if (release) a.call('stop-simulator-server', { udid: release.udid });
}
