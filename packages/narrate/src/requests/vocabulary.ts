import type { Platform } from '@forge/spec';

// Words that depend on the platform: nobody "taps" in a desktop browser.
// `tap` is a verb after "to"/"and"; `taps` the same after a subject and
// `aTap` a noun: "{~tap}s" made "tap ons", "a {~tap} on" made "a tap on on".
const mobile: Readonly<Record<string, readonly string[]>> = {
  tap: ['tap', 'hit', 'tap on'],
  taps: ['taps', 'hits', 'taps on'],
  aTap: ['tap', 'press'],
  open: ['open', 'launch', 'bring up', 'fire up', 'start'],
  screen: ['screen', 'view', 'page'],
};

const web: Readonly<Record<string, readonly string[]>> = {
  tap: ['click', 'click on', 'hit'],
  taps: ['clicks', 'clicks on', 'hits'],
  aTap: ['click'],
  open: ['open', 'load', 'bring up', 'pull up'],
  screen: ['page', 'view'],
};

/** The choices for a `{~word}` in a template, for a platform; undefined for an unknown word. */
export function vocabulary(word: string, platform: Platform): readonly string[] | undefined {
  return (platform === 'chromium' ? web : mobile)[word];
}

/** Ways to name the platform when no device name was observed. */
export const platformPhrases: Readonly<Record<Platform, readonly string[]>> = {
  ios: ['the iOS simulator', 'the iPhone simulator', 'the simulator', 'iOS'],
  android: ['the Android emulator', 'the emulator', 'Android'],
  chromium: ['Chromium', 'the browser', 'the Chromium window'],
};
