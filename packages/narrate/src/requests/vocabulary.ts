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

/**
 * Plain words for param values that are codes, by param and value: what
 * `{p:param}` writes (the first) and every name that counts as naming the
 * value (see `entityNames`). "with the phone turned to PortraitUpsideDown"
 * and "there's a warn somewhere" are not how a builder or seeker talks; a
 * developer or terse request keeps the code (`{param}`).
 */
export const plainWords: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  orientation: {
    Portrait: ['portrait'],
    PortraitUpsideDown: ['portrait (upside down)', 'upside down'],
    LandscapeLeft: ['landscape (turned left)'],
    LandscapeRight: ['landscape (turned right)'],
  },
  level: { warn: ['warning', 'warnings'] },
};

/** A param value in plain words (`{p:param}`), or the value itself when it has none. */
export function plainValue(param: string, value: string): string {
  return plainWords[param]?.[value]?.[0] ?? value;
}

/**
 * What a `{p:param}` reference renders to: the param's text value in plain
 * words, undefined when it has none, `null` when `name` is no such reference.
 * Requests and answers read params their own way, hence `param`.
 */
export function plainParam(
  name: string,
  param: (name: string) => string | number | boolean | undefined,
): string | undefined | null {
  if (!name.startsWith('p:')) return null;
  const value = param(name.slice(2));
  return typeof value === 'string' && value !== '' ? plainValue(name.slice(2), value) : undefined;
}
