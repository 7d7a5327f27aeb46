/**
 * TEST FIXTURES: small hand-written apps for the kernel's own tests and
 * benchmarks, one pack per platform/kind (native iOS, native Android, React
 * Native on both, web). The real archetype packs live in `packs/archetypes`.
 */

import type { Pack, PackRequest } from '../packs/pack.js';
import type { Rng } from '../rng.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';

const names = ['Pebble', 'Orbit Notes', 'Fernway', 'Tally', 'Quill', 'Harbor'];
const users = ['ada', 'grace', 'linus', 'margaret', 'alan'];
const items = [
  'Anchor',
  'Beacon',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Garnet',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Marble',
  'Nectar',
];

const header = (title: string): ElementSpec => ({
  id: 'title',
  role: 'header',
  label: title,
  frame: { x: 0.2, y: 0.06, w: 0.6, h: 0.05 },
  fixed: true,
});
const back: ElementSpec = {
  id: 'back',
  role: 'button',
  label: 'Back',
  frame: { x: 0.02, y: 0.06, w: 0.15, h: 0.05 },
  fixed: true,
  on: { kind: 'back' },
};
const tabs = (): ElementSpec[] => [
  {
    id: 'tab-home',
    role: 'tab',
    label: 'Home',
    frame: { x: 0, y: 0.92, w: 0.5, h: 0.08 },
    fixed: true,
    on: { kind: 'navigate', to: 'home' },
  },
  {
    id: 'tab-settings',
    role: 'tab',
    label: 'Settings',
    frame: { x: 0.5, y: 0.92, w: 0.5, h: 0.08 },
    fixed: true,
    on: { kind: 'navigate', to: 'settings' },
  },
];
const button = (id: string, label: string, y: number, on: ElementSpec['on']): ElementSpec => ({
  id,
  role: 'button',
  label,
  frame: { x: 0.1, y, w: 0.8, h: 0.06 },
  ...(on ? { on } : {}),
});

function screens(user: string, password: string): ScreenSpec[] {
  const rows: ElementSpec[] = items.map((label, i) => ({
    id: `row-${i}`,
    role: 'cell',
    label,
    frame: { x: 0, y: 0.13 + i * 0.09, w: 1, h: 0.08 },
    on: { kind: 'navigate', to: `item-${i}` },
    component: 'CatalogRow',
  }));
  const details: ScreenSpec[] = items.map((label, i) => ({
    id: `item-${i}`,
    title: label,
    parent: 'catalog',
    elements: [
      header(label),
      back,
      {
        id: 'detail-text',
        role: 'text',
        label: `${label} details`,
        frame: { x: 0.1, y: 0.2, w: 0.8, h: 0.05 },
      },
    ],
  }));
  return [
    {
      id: 'home',
      title: 'Home',
      elements: [
        header('Home'),
        button('open-settings', 'Preferences', 0.16, { kind: 'navigate', to: 'settings' }),
        button('open-login', 'Sign in', 0.25, { kind: 'navigate', to: 'login' }),
        button('open-catalog', 'Catalog', 0.34, { kind: 'navigate', to: 'catalog' }),
        button('open-profile', 'Profile', 0.43, { kind: 'navigate', to: 'profile' }),
        ...tabs(),
      ],
    },
    {
      id: 'settings',
      title: 'Settings',
      parent: 'home',
      elements: [
        header('Settings'),
        back,
        {
          id: 'notifications',
          role: 'switch',
          label: 'Notifications',
          frame: { x: 0.05, y: 0.16, w: 0.9, h: 0.06 },
          stateKey: 'notifications',
        },
        {
          id: 'dark-mode',
          role: 'switch',
          label: 'Dark mode',
          frame: { x: 0.05, y: 0.24, w: 0.9, h: 0.06 },
          on: { kind: 'toggle', key: 'darkMode' },
        },
        {
          id: 'open-privacy',
          role: 'cell',
          label: 'Privacy',
          frame: { x: 0, y: 0.32, w: 1, h: 0.06 },
          on: { kind: 'navigate', to: 'privacy' },
        },
        ...tabs(),
      ],
    },
    {
      id: 'privacy',
      title: 'Privacy',
      parent: 'settings',
      elements: [
        header('Privacy'),
        back,
        {
          id: 'privacy-note',
          role: 'text',
          label: 'We keep your data on this device.',
          frame: { x: 0.1, y: 0.2, w: 0.8, h: 0.05 },
        },
      ],
    },
    {
      id: 'login',
      title: 'Sign in',
      parent: 'home',
      elements: [
        header('Sign in'),
        back,
        {
          id: 'username',
          role: 'textfield',
          label: 'Username',
          frame: { x: 0.1, y: 0.2, w: 0.8, h: 0.06 },
          on: { kind: 'input', key: 'username' },
        },
        {
          id: 'password',
          role: 'securefield',
          label: 'Password',
          frame: { x: 0.1, y: 0.3, w: 0.8, h: 0.06 },
          on: { kind: 'input', key: 'password' },
        },
        button('submit', 'Log in', 0.45, {
          kind: 'submit',
          requires: { username: user, password },
          success: 'account',
          failure: 'Wrong username or password',
          sets: { loggedIn: true },
        }),
      ],
    },
    {
      id: 'account',
      title: 'Account',
      parent: 'home',
      elements: [
        header('Account'),
        back,
        {
          id: 'welcome',
          role: 'text',
          label: `Signed in as ${user}`,
          frame: { x: 0.1, y: 0.2, w: 0.8, h: 0.05 },
        },
      ],
    },
    {
      id: 'catalog',
      title: 'Catalog',
      parent: 'home',
      contentHeight: 1.5,
      elements: [header('Catalog'), back, ...rows],
    },
    ...details,
    {
      id: 'profile',
      title: 'Profile',
      parent: 'home',
      zoom: { min: 1, max: 4, initial: 1 },
      rotatable: true,
      longPress: { avatar: 'avatar-menu' },
      elements: [
        header('Profile'),
        back,
        {
          id: 'avatar',
          role: 'image',
          label: 'Avatar',
          frame: { x: 0.35, y: 0.15, w: 0.3, h: 0.14 },
        },
        {
          id: 'plan',
          role: 'text',
          label: 'Plan',
          value: 'Free',
          frame: { x: 0.1, y: 0.32, w: 0.8, h: 0.05 },
          stateKey: 'plan',
        },
        button('edit-profile', 'Edit profile', 0.4, { kind: 'open-modal', modal: 'edit' }),
        button('refresh', 'Refresh', 0.5, { kind: 'request', requestId: 'r-refresh' }),
      ],
    },
  ];
}

/** A fixture app for a platform and kind. */
export function generateFixtureApp(rng: Rng, request: PackRequest): AppSpec {
  const name = rng.pick(names);
  const user = rng.pick(users);
  const password = `pw-${rng.int(1000, 9999)}`;
  const slug = name.toLowerCase().replace(/[^a-z]/g, '');
  const web = request.platform === 'chromium';
  const id = web ? `${slug}.example.com` : `com.fixture.${slug}`;
  const scheme = web ? `https://${id}` : `${slug}:/`;
  const all = screens(user, password);
  const rn = request.kind === 'react-native';
  const port = rng.pick([8081, 8081, 8082]);
  return {
    id,
    name,
    pack: 'fixture',
    platform: request.platform,
    kind: request.kind,
    screens: all,
    modals: [
      {
        id: 'edit',
        title: 'Edit profile',
        elements: [header('Edit profile'), button('close-edit', 'Close', 0.8, { kind: 'dismiss' })],
      },
      {
        id: 'avatar-menu',
        title: 'Avatar',
        elements: [button('avatar-remove', 'Remove photo', 0.7, { kind: 'dismiss' })],
      },
    ],
    home: 'home',
    ...(request.platform === 'android' ? { activity: '.MainActivity' } : {}),
    deepLinks: {
      [`${scheme}/settings`]: 'settings',
      [`${scheme}/catalog`]: 'catalog',
      [`${scheme}/item/3`]: 'item-3',
    },
    initialState: {
      notifications: 'on',
      darkMode: false,
      username: '',
      password: '',
      loggedIn: false,
      plan: 'Free',
    },
    requests: [
      {
        id: 'r-feed',
        method: 'GET',
        url: `https://api.${slug}.dev/v1/feed`,
        status: 200,
        durationMs: 120,
        responseBody: '{"items":[]}',
        screen: 'home',
      },
      {
        id: 'r-profile',
        method: 'GET',
        url: `https://api.${slug}.dev/v1/me`,
        status: 200,
        durationMs: 80,
        responseBody: `{"user":"${user}"}`,
        screen: 'profile',
      },
      {
        id: 'r-refresh',
        method: 'POST',
        url: `https://api.${slug}.dev/v1/me/refresh`,
        status: 500,
        durationMs: 310,
        requestBody: '{}',
        responseBody: '{"error":"upstream"}',
        screen: 'none',
      },
    ],
    appPath: web ? '' : `/builds/${slug}.${request.platform === 'ios' ? 'app' : 'apk'}`,
    ...(rn
      ? {
          runtime: {
            metroPort: port,
            projectRoot: `/Users/dev/${slug}`,
            rnVersion: '0.76.3',
            logs: [
              {
                level: 'warn',
                message: 'VirtualizedList: missing keys for items',
                screen: 'catalog',
              },
              { level: 'error', message: 'Failed to load avatar: 404', screen: 'profile' },
            ],
            hotspots: [
              {
                component: 'CatalogRow',
                functionName: 'formatPrice',
                file: 'src/components/CatalogRow.tsx',
                line: 27,
                selfMs: 84,
                renders: 42,
                screen: 'catalog',
              },
            ],
            sources: {
              CatalogRow: { file: 'src/components/CatalogRow.tsx', line: 12 },
              CatalogScreen: { file: 'src/screens/CatalogScreen.tsx', line: 8 },
            },
          },
        }
      : {}),
    ...(web
      ? {
          web: {
            origin: `https://${id}`,
            cookies: [{ name: 'session', value: 'anon', httpOnly: true, secure: true }],
            localStorage: { theme: 'light' },
            sessionStorage: {},
            paths: Object.fromEntries(all.map((s) => [s.id, s.id === 'home' ? '/' : `/${s.id}`])),
          },
        }
      : {}),
  };
}

const requests: readonly PackRequest[] = [
  { platform: 'ios', kind: 'native' },
  { platform: 'android', kind: 'native' },
  { platform: 'ios', kind: 'react-native' },
  { platform: 'android', kind: 'react-native' },
  { platform: 'chromium', kind: 'web' },
];

/** TEST FIXTURE: one pack covering every platform and kind. */
export const fixturePack: Pack = {
  id: 'fixture',
  title: 'Kernel test fixture',
  supports: requests,
  generate: generateFixtureApp,
};
