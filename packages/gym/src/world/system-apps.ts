/**
 * Apps every simulated device ships with. They are static and shared by all
 * worlds, so installing them costs nothing per episode.
 */
import type { Platform } from '@forge/spec';
import type { AppSpec, ElementSpec } from './model.js';

const settingsElements = (platform: Platform): ElementSpec[] => [
  {
    id: 'settings-title',
    role: 'header',
    label: 'Settings',
    frame: { x: 0.05, y: 0.06, w: 0.9, h: 0.05 },
    fixed: true,
  },
  {
    id: 'settings-general',
    role: 'cell',
    label: 'General',
    frame: { x: 0, y: 0.14, w: 1, h: 0.06 },
  },
  {
    id: 'settings-wifi',
    role: 'cell',
    label: platform === 'ios' ? 'Wi-Fi' : 'Network & internet',
    frame: { x: 0, y: 0.21, w: 1, h: 0.06 },
  },
  {
    id: 'settings-airplane',
    role: 'switch',
    label: 'Airplane Mode',
    frame: { x: 0, y: 0.28, w: 1, h: 0.06 },
  },
];

function settingsApp(platform: 'ios' | 'android'): AppSpec {
  const ios = platform === 'ios';
  return {
    id: ios ? 'com.apple.Preferences' : 'com.android.settings',
    name: 'Settings',
    pack: 'system',
    platform,
    kind: 'native',
    screens: [{ id: 'settings', title: 'Settings', elements: settingsElements(platform) }],
    modals: [],
    home: 'settings',
    ...(ios ? {} : { activity: '.Settings' }),
    deepLinks: {},
    initialState: { 'settings-airplane': 'off' },
    requests: [],
    appPath: ios ? '/Applications/Settings.app' : '/system/priv-app/Settings/Settings.apk',
  };
}

function browserApp(platform: 'ios' | 'android'): AppSpec {
  const ios = platform === 'ios';
  const name = ios ? 'Safari' : 'Chrome';
  return {
    id: ios ? 'com.apple.mobilesafari' : 'com.android.chrome',
    name,
    pack: 'system',
    platform,
    kind: 'native',
    screens: [
      {
        id: 'browser',
        title: name,
        elements: [
          {
            id: 'browser-address',
            role: 'textfield',
            label: 'Address',
            frame: { x: 0.04, y: 0.06, w: 0.92, h: 0.05 },
            fixed: true,
            stateKey: 'url',
          },
        ],
      },
    ],
    modals: [],
    home: 'browser',
    ...(ios ? {} : { activity: 'com.google.android.apps.chrome.Main' }),
    deepLinks: {},
    initialState: { url: '' },
    requests: [],
    appPath: ios ? '/Applications/MobileSafari.app' : '/product/app/Chrome/Chrome.apk',
  };
}

const built = {
  ios: [settingsApp('ios'), browserApp('ios')],
  android: [settingsApp('android'), browserApp('android')],
} as const;

/** The system apps of a mobile platform (settings, browser), shared by every world. */
export function systemApps(platform: 'ios' | 'android'): readonly AppSpec[] {
  return built[platform];
}

/** The system browser of a mobile platform, which opens http(s) urls no app claims. */
export function systemBrowser(platform: 'ios' | 'android'): AppSpec {
  return built[platform][1];
}
