/** Generating devices: names, ids and OS versions drawn from the episode's rng. */
import type { Platform } from '@forge/spec';
import { dictionary } from '../internal/dictionary.js';
import type { Rng } from '../rng.js';
import type { DeviceState } from './state.js';

const iosNames = [
  'iPhone 16 Pro',
  'iPhone 16',
  'iPhone 15',
  'iPhone 15 Pro Max',
  'iPhone SE (3rd generation)',
  'iPhone 16 Plus',
  'iPhone 16 Pro Max',
  'iPhone 15 Pro',
  'iPhone 14',
  'iPhone 13 mini',
  'iPhone 16e',
];
const iosVersions = ['iOS 17.5', 'iOS 18.0', 'iOS 18.2', 'iOS 18.4'];
const avdNames = [
  'Pixel_8_API_35',
  'Pixel_7a_API_34',
  'Medium_Phone_API_35',
  'Pixel_9_Pro_API_35',
  'Pixel_6_API_33',
  'Small_Phone_API_34',
  'Pixel_8_Pro_API_35',
  'Pixel_9_API_35',
  'Pixel_9_Pro_XL_API_35',
  'Pixel_5_API_33',
  'Pixel_7_Pro_API_34',
];
const androidVersions: Readonly<Record<string, string>> = {
  '33': 'Android 13',
  '34': 'Android 14',
  '35': 'Android 15',
};

/** Keeps generated ids unique within one world. */
export interface IdPool {
  readonly used: Set<string>;
  androidPort: number;
  cdpPort: number;
}

/** A fresh id pool. */
export function createIdPool(rng: Rng): IdPool {
  return { used: new Set(), androidPort: 5554, cdpPort: rng.pick([9222, 9223, 9229, 9333]) };
}

function uuid(rng: Rng): string {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i += 1) s += '0123456789ABCDEF'[rng.int(0, 15)];
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89AB'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

function blank(
  udid: string,
  name: string,
  platform: Platform,
  osVersion: string,
  booted: boolean,
): DeviceState {
  return {
    udid,
    name,
    platform,
    osVersion,
    booted,
    avd: null,
    installed: [],
    foreground: null,
    orientation: 'Portrait',
    display: { textScale: 1, zoom: 1 },
    // Keyed by app ids and origins, made up per app: dictionaries (see internal/dictionary).
    apps: dictionary(),
    serverActive: false,
    tabs: [],
    activeTab: 0,
    nextTabId: 1,
    cookies: [],
    storage: { local: dictionary(), session: dictionary() },
    screenshots: 0,
  };
}

// The settings' steps as the OSes offer them. iOS: the seven standard
// Dynamic Type sizes (Large is the default) and Display Zoom's Standard or
// Larger Text. Android: Font size's steps (Android 14) and Display size's.
const textScales: Readonly<Record<'ios' | 'android', readonly number[]>> = {
  ios: [0.82, 0.88, 0.94, 1, 1, 1, 1.12, 1.24, 1.35],
  android: [0.85, 1, 1, 1, 1.15, 1.3, 1.5],
};
const zooms: Readonly<Record<'ios' | 'android', readonly number[]>> = {
  ios: [1, 1, 1, 1.07],
  android: [0.9, 1, 1, 1, 1.1, 1.2],
};

/**
 * A mobile device's display settings. Most users keep the defaults; the
 * rest spread over the settings' steps. Chromium targets keep 1 and 1.
 */
export function displaySettings(rng: Rng, platform: Platform): DeviceState['display'] {
  if (platform === 'chromium') return { textScale: 1, zoom: 1 };
  return { textScale: rng.pick(textScales[platform]), zoom: rng.pick(zooms[platform]) };
}

/** A new device of a platform; `booted` false gives a shut-down simulator or an AVD to boot. */
export function createDevice(
  rng: Rng,
  pool: IdPool,
  platform: Platform,
  booted: boolean,
): DeviceState {
  if (platform === 'ios') {
    let name = rng.pick(iosNames);
    if (pool.used.has(name)) name = `${name} (2)`;
    pool.used.add(name);
    return blank(uuid(rng), name, 'ios', rng.pick(iosVersions), booted);
  }
  if (platform === 'android') {
    const free = avdNames.filter((n) => !pool.used.has(n));
    const avd = rng.pick(free.length > 0 ? free : avdNames);
    pool.used.add(avd);
    const serial = `emulator-${pool.androidPort}`;
    pool.androidPort += 2;
    const device = blank(
      serial,
      avd,
      'android',
      androidVersions[avd.slice(-2)] ?? 'Android 14',
      booted,
    );
    device.avd = avd;
    return device;
  }
  const port = pool.cdpPort;
  pool.cdpPort += 1;
  const device = blank(
    `chromium-cdp-${port}`,
    rng.chance(0.8) ? 'Chromium' : 'Electron',
    'chromium',
    rng.pick(['Chrome 131', 'Chrome 133']),
    true,
  );
  device.tabs.push({ id: 1, url: 'about:blank', title: 'New Tab', rt: null });
  device.nextTabId = 2;
  if (rng.chance(0.3)) {
    device.tabs.push({
      id: 2,
      url: 'https://developer.mozilla.org/en-US/docs/Web',
      title: 'MDN Web Docs',
      rt: null,
    });
    device.nextTabId = 3;
  }
  return device;
}
