import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import {
  buildAbout,
  buildProfile,
  buildSwitchScreen,
  fetchOn,
  linkTo,
} from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

/** Section titles with the switches they can hold. */
const sections: Readonly<Record<string, readonly string[]>> = {
  Notifications: bank(
    'Notifications Show_previews Badges Lock_screen_alerts Email_digest Weekly_summary Mentions_only',
  ),
  Privacy: bank(
    'Location_services Analytics Personalized_ads Crash_reports Read_receipts Contact_sync',
  ),
  Display: bank('Dark_mode Large_text Bold_text Reduce_motion True_tone Auto-brightness'),
  Sound: bank('Keyboard_clicks Vibrate_on_ring Silent_mode Haptics Spatial_audio'),
  Battery: bank('Low_power_mode Battery_percentage Background_refresh Optimized_charging'),
  Connections: bank('Wi-Fi Bluetooth Airplane_mode Mobile_data Hotspot Roaming'),
  Accessibility: bank('VoiceOver Zoom Captions Mono_audio Color_filters Switch_control'),
  'Data & storage': bank(
    'Auto-download_media Offline_mode Data_saver Cloud_backup Sync_over_cellular',
  ),
};

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen(
    'home',
    rng.pick(['Settings', 'Preferences', `${app.identity.name} settings`]),
  );
  const chosen = pickDistinct(rng, Object.keys(sections), rng.int(3, 6));
  const refs = chosen.map((title) => app.screen(title, title));
  refs.forEach((ref) => {
    const labels = pickDistinct(rng, sections[ref.title] ?? [], rng.int(3, 6));
    const half = Math.ceil(labels.length / 2);
    const groups = rng.chance(0.5)
      ? [{ heading: ref.title, labels }]
      : [
          { heading: rng.pick(['General', 'Basics', 'Main']), labels: labels.slice(0, half) },
          { heading: rng.pick(['More', 'Advanced', 'Other']), labels: labels.slice(half) },
        ];
    buildSwitchScreen(app, ref, home, groups);
  });
  const profile = app.screen('profile', rng.pick(['Profile', 'My account', 'Account']));
  buildProfile(app, profile, home);
  const about = app.screen('about', rng.pick(['About', 'About this app', 'Info']));
  buildAbout(app, about, home);
  const screen = createScreen(app, { screen: home });
  if (rng.chance(0.6)) {
    const key = app.state('home.search', '');
    screen.row({
      key: 'search',
      role: 'searchfield',
      label: 'Search settings',
      value: '',
      stateKey: key,
      on: { kind: 'input', key },
    });
  }
  screen.row(linkTo(profile, rng.pick([profile.title, 'Your profile'])));
  for (const ref of refs) screen.row(linkTo(ref));
  screen.section(rng.pick(['Support', 'More']));
  screen.row(linkTo(about));
  screen.build();
  fetchOn(app, profile, 'GET', '/me', { id: rng.int(1, 99999), plan: 'plus' });
  fetchOn(app, rng.pick(refs), 'PATCH', '/preferences', { saved: true });
  for (const ref of pickDistinct(rng, refs, 2)) app.deepLink(ref);
  if (rng.chance(0.3)) app.extend({ permission: 'notifications' });
  return home.id;
}

/** Device or app settings: sections of switches, a profile drill-down, about. */
export const settingsPack: Pack = definePack({
  id: 'settings',
  title: 'Settings',
  supports: [...mobile, ...web],
  nouns: bank('Settings Control Tune Switch Config Prefs Panel Dial'),
  build,
});
