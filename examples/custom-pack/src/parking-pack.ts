import type { AppSpec, Pack, PackRequest, Rng, ScreenSpec } from '@forge/gym';
import { createStack, pickLayout } from './layout.js';

const streets = [
  'Harbour',
  'Station',
  'Market',
  'Cathedral',
  'Riverside',
  'College',
  'Castle',
  'Mill',
  'Park',
  'Bridge',
  'Museum',
  'Quay',
];
const kinds = ['Street', 'Garage', 'Lot', 'Square', 'Deck'];
const brands = ['Park', 'Spot', 'Bay', 'Kerb', 'Meter', 'Lot'];
const prefixes = [
  'Easy',
  'Quick',
  'City',
  'Smart',
  'Green',
  'Blue',
  'Swift',
  'Handy',
  'Urban',
  'Metro',
];

/** A parking app for one seed: zones (some below the fold), zone details, a session form, settings. */
function generate(rng: Rng, request: PackRequest): AppSpec {
  const desktop = request.platform === 'chromium';
  const layout = pickLayout(rng, desktop);
  const name = `${rng.pick(prefixes)}${rng.pick(brands)}${rng.chance(0.3) ? ` ${rng.int(2, 9)}` : ''}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const host = `${slug}.${rng.pick(['com', 'app', 'io'])}`;
  const screens: ScreenSpec[] = [];
  const zones = rng
    .shuffle(streets)
    .slice(0, rng.int(4, 12))
    .map((s) => `${s} ${rng.pick(kinds)}`);
  const initialState: Record<string, string | boolean> = {
    'session.plate': '',
    'session.active': false,
  };

  zones.forEach((zone, i) => {
    const stack = createStack(layout, `zone${i}`, zone, 'zones');
    for (const [label, value] of [
      ['Rate', `€${rng.int(1, 6)}.${rng.pick(['00', '50'])}/h`],
      ['Max stay', `${rng.int(1, 8)} h`],
      ['Free spaces', String(rng.int(0, 300))],
    ] as const) {
      const key = `zone${i}.${label.toLowerCase().replace(' ', '-')}`;
      initialState[key] = value;
      stack.add({ id: `zone${i}-${key}`, role: 'text', label, value, stateKey: key }, 0.7);
    }
    stack.add({
      id: `zone${i}-start`,
      role: 'button',
      label: 'Start parking here',
      on: { kind: 'navigate', to: 'session' },
    });
    screens.push(stack.screen(`zone-${i}`, zone, 'zones'));
  });

  const list = createStack(layout, 'zones', 'Zones', 'home');
  zones.forEach((zone, i) => {
    list.add({
      id: `zones-row-${i}`,
      role: 'cell',
      label: zone,
      on: { kind: 'navigate', to: `zone-${i}` },
    });
  });
  screens.push(list.screen('zones', 'Zones', 'home'));

  const form = createStack(layout, 'session', 'New session', 'home');
  form.add({
    id: 'session-plate',
    role: 'textfield',
    label: 'Licence plate',
    value: '',
    stateKey: 'session.plate',
    on: { kind: 'input', key: 'session.plate' },
  });
  form.add({
    id: 'session-submit',
    role: 'button',
    label: rng.pick(['Start session', 'Pay and park']),
    on: {
      kind: 'submit',
      requires: {},
      success: 'home',
      failure: 'Payment failed',
      sets: { 'session.active': true },
    },
  });
  screens.push(form.screen('session', 'New session', 'home'));

  const settings = createStack(layout, 'settings', 'Settings', 'home');
  for (const label of rng
    .shuffle(['Expiry reminder', 'Auto-extend', 'Receipts by email', 'Reminder sound'])
    .slice(0, rng.int(2, 4))) {
    const key = `settings.${label.toLowerCase().replace(/ /g, '-')}`;
    initialState[key] = rng.chance(0.5);
    settings.add({
      id: `settings-${key}`,
      role: 'switch',
      label,
      value: initialState[key] ? 'on' : 'off',
      stateKey: key,
      on: { kind: 'toggle', key },
    });
  }
  screens.push(settings.screen('settings', 'Settings', 'home'));

  const home = createStack(layout, 'home', name, undefined);
  home.add({
    id: 'home-zones',
    role: 'button',
    label: 'Find parking',
    on: { kind: 'navigate', to: 'zones' },
  });
  home.add({
    id: 'home-session',
    role: 'button',
    label: 'New session',
    on: { kind: 'navigate', to: 'session' },
  });
  home.add({
    id: 'home-settings',
    role: 'cell',
    label: 'Settings',
    on: { kind: 'navigate', to: 'settings' },
  });
  screens.push(home.screen('home', name));

  const paths = Object.fromEntries(screens.map((s) => [s.id, s.id === 'home' ? '/' : `/${s.id}`]));
  return {
    id: desktop ? host : `com.${slug}.mobile`,
    name,
    pack: 'parking',
    platform: request.platform,
    kind: request.kind,
    screens,
    modals: [],
    home: 'home',
    ...(request.platform === 'android' ? { activity: '.MainActivity' } : {}),
    deepLinks: desktop
      ? { [`https://${host}/zones`]: 'zones' }
      : { [`${slug}://zones`]: 'zones', [`https://${host}/zones`]: 'zones' },
    initialState,
    requests: [
      {
        id: 'zones',
        method: 'GET',
        url: `https://api.${host}/zones`,
        status: 200,
        durationMs: rng.int(40, 400),
        responseBody: JSON.stringify({ zones: zones.length }),
        screen: 'zones',
      },
    ],
    ...(desktop ? {} : { permission: 'location' as const }),
    appPath: desktop
      ? `/srv/${slug}/dist`
      : `/builds/${slug}.${request.platform === 'android' ? 'apk' : 'app'}`,
    ...(desktop
      ? {
          web: {
            origin: `https://${host}`,
            cookies: [
              { name: 'sid', value: String(rng.int(1e5, 1e6)), httpOnly: true, secure: true },
            ],
            localStorage: { plate: '' },
            sessionStorage: {},
            paths,
          },
        }
      : {}),
  };
}

/** A third-party pack: parking apps on iOS, Android and the web. */
export const parkingPack: Pack = {
  id: 'parking',
  title: 'Parking',
  supports: [
    { platform: 'ios', kind: 'native' },
    { platform: 'android', kind: 'native' },
    { platform: 'chromium', kind: 'web' },
  ],
  generate,
};
