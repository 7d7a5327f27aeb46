import type { NarrateRng } from '../src/internal/rng.js';
import type { ValuePools } from './value-pools.js';

/** Params for a synthetic task of a family, by the names docs/families.md gives. */
export function familyParams(
  family: string,
  v: ValuePools,
  rng: NarrateRng,
): Record<string, string | number | boolean> {
  const maybe = (p: number, value: () => string | number): Record<string, string | number> =>
    rng.chance(p) ? { value: value() } : {};
  const opt = (name: string, p: number, value: () => string | number) => {
    const m = maybe(p, value);
    return m.value === undefined ? {} : { [name]: m.value };
  };
  switch (family) {
    case 'navigate-tap':
    case 'flow-record':
      return {
        target: v.label(),
        screen: v.screen(),
        ...(family === 'flow-record'
          ? { flow: `${v.label().toLowerCase().replace(/ /g, '-')}-flow` }
          : {}),
      };
    case 'toggle':
      return { setting: v.setting(), state: rng.pick(['on', 'off']), screen: v.screen() };
    case 'scroll-find':
      return { item: `${v.label()} ${v.number(1, 90)}`, screen: v.screen() };
    case 'login':
      return { username: v.person(), password: `pw-${v.number(100, 999)}` };
    case 'profile-drilldown':
      return { field: v.field() };
    case 'batch-sequence':
      return { pages: v.number(2, 6), ...opt('text', 0.5, () => v.person()) };
    case 'visual-regression':
      return { screen: v.screen() };
    case 'network-inspect':
      return { endpoint: v.endpoint(), screen: v.screen() };
    case 'android-boot':
      return { avd: `Pixel_${v.number(5, 9)}_API_${v.number(30, 35)}`, target: v.label() };
    case 'debug-inspect':
      return { component: v.component(), target: v.label() };
    case 'deep-link':
      return {
        url: `${v.app().toLowerCase()}://${v.screen().toLowerCase()}/${v.number(1, 999)}`,
        screen: v.screen(),
      };
    case 'console-check':
      return { level: rng.pick(['error', 'warn']), screen: v.screen() };
    case 'pinch-zoom':
      return { direction: rng.pick(['in', 'out']) };
    case 'native-inspect':
    case 'hide-and-seek':
      return { target: v.label() };
    case 'chromium-tabs':
      return {
        url: `https://${v.app().toLowerCase()}.example.com/${v.screen().toLowerCase()}`,
        tab: v.screen(),
      };
    case 'cookies-storage':
      return rng.chance(0.5)
        ? { cookie: `${v.person()}_session`, value: `v${v.number(1, 9999)}` }
        : { key: `${v.screen().toLowerCase()}.cache`, value: `v${v.number(1, 9999)}` };
    case 'drag-gesture':
      return { target: v.label(), ...opt('amount', 0.5, () => v.number(10, 100)) };
    case 'rotate-gesture': {
      const heading = opt('heading', 0.6, () => v.number(10, 350));
      return {
        ...heading,
        ...opt('orientation', Object.keys(heading).length > 0 ? 0.3 : 0.8, () =>
          rng.pick(['LandscapeLeft', 'LandscapeRight', 'Portrait']),
        ),
      };
    }
    case 'reinstall-reset':
      return {};
    case 'native-deep-inspect':
      return { target: v.label(), ...opt('endpoint', 0.4, () => v.endpoint()) };
    case 'profile-performance':
      return { interaction: v.label(), screen: v.screen() };
    case 'profiler-sessions':
      return { ...opt('session', 0.5, () => `session-${v.number(1, 40)}`) };
    case 'metro-control':
      return { stop: rng.chance(0.5) };
    case 'workspace-data':
      return { workspace: `/Users/dev/${v.app().toLowerCase()}` };
    case 'device-release':
      return { ...opt('device', 0.5, () => rng.pick(['iPhone 15', 'Pixel 7', 'emulator-5554'])) };
    case 'update-notice':
      return {
        ...opt('hours', 0.5, () => v.number(1, 72)),
        ...opt('release', 0.5, () => rng.pick(['iPhone 15', 'Pixel 7', 'Galaxy Tab'])),
      };
    default:
      return { target: v.label() };
  }
}
