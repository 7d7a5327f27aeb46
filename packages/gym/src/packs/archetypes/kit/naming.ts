import type { Platform } from '@forge/spec';
import type { Rng } from '../../../rng.js';
import type { AppKind } from '../../../world/model.js';
import { camel, joinCamel, joinSpelled, kebab, snake, spellWords } from './word-case.js';
import { namePrefixes, nameSuffixes, vendors } from './words.js';

/** Who an app is: display name and the identifiers derived from it. */
export interface AppIdentity {
  readonly name: string;
  /** Lowercase letters and digits only. */
  readonly slug: string;
  readonly vendor: string;
  /** Bundle id (iOS), package (Android) or host (web). */
  readonly id: string;
  /** Custom URL scheme for deep links. */
  readonly scheme: string;
  /** Host of universal links (mobile) or of the site (web). */
  readonly host: string;
}

/** Lowercase letters and digits of a text. */
export function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Words of a text joined by `sep`, lowercased (`Sign in!` → `sign-in`). */
export function joinWords(text: string, sep: string): string {
  return spellWords(text, sep);
}

/** Words of a text in camelCase (`Sign in` → `signIn`). */
export function camelWords(text: string): string {
  return camel(text);
}

/** The suffixes that are not empty, for the shapes that need one. */
const realSuffixes = nameSuffixes.filter((s) => s !== '');

/** A product name from a prefix, one of the pack's nouns and a suffix, in one of several shapes. */
export function pickAppName(rng: Rng, nouns: readonly string[]): string {
  const prefix = rng.pick(namePrefixes);
  const noun = rng.pick(nouns);
  const suffix = rng.pick(realSuffixes);
  const drawn = rng.int(0, 4);
  switch (nameShape(drawn, prefix, noun, suffix)) {
    case 0:
      return `${prefix} ${noun}`;
    case 1:
      return `${prefix}${noun.toLowerCase()}`;
    case 2:
      return withSuffix(noun, suffix);
    case 3:
      // A lowercase suffix ("ly", "io") is part of the word it ends, as in
      // brand names ("Coral Travelio"); standing alone it reads as a typo.
      return isWordEnding(suffix)
        ? `${prefix} ${withSuffix(noun, suffix)}`
        : `${prefix} ${noun} ${suffix}`;
    default:
      return withSuffix(prefix, rng.pick(nameSuffixes));
  }
}

/**
 * The shape a name takes: the drawn one, unless it would say a word twice.
 * A prefix can also be a pack's noun ("Daily" in the news pack: "Daily
 * Daily", "Dailydaily") and a noun a suffix ("Go" in the travel pack:
 * "GoGo"); such a draw takes a shape without the pair. Mapping the shape,
 * rather than drawing again, keeps every later draw of the world in place.
 */
function nameShape(drawn: number, prefix: string, noun: string, suffix: string): number {
  if (drawn === 4) return 4;
  if (prefix === noun) return 2;
  if (noun === suffix) return 0;
  return drawn;
}

/** A word with a suffix joined, where "y" already ends the sound "ly" would add ("Daily"). */
function withSuffix(word: string, suffix: string): string {
  return suffix === 'ly' && word.endsWith('y') ? word : `${word}${suffix}`;
}

/** Whether a name suffix is written joined to the word before it. */
function isWordEnding(suffix: string): boolean {
  return /^[a-z]/.test(suffix);
}

/** Identifiers for an app of this name on this platform. */
export function pickIdentity(
  rng: Rng,
  name: string,
  platform: Platform,
  kind: AppKind,
): AppIdentity {
  const slug = slugOf(name);
  const vendor = rng.pick(vendors);
  const tld = rng.pick(['com', 'io', 'app', 'co', 'dev', 'net']);
  const host =
    kind === 'web'
      ? rng.pick([
          `${slug}.${tld}`,
          `app.${slug}.com`,
          `${slug}.${vendor}.io`,
          `www.${slug}.${tld}`,
        ])
      : rng.pick([`${slug}.${tld}`, `links.${slug}.com`, `${slug}.${vendor}.app`]);
  const scheme = rng.pick([slug, `${slug}app`, `${vendor}-${slug}`]);
  const mobileId =
    platform === 'android'
      ? rng.pick([`${tld}.${vendor}.${slug}`, `${tld}.${vendor}.${slug}.android`, `${tld}.${slug}`])
      : rng.pick([
          `${tld}.${vendor}.${slug}`,
          `${tld}.${vendor}.${name.replace(/[^A-Za-z0-9]/g, '')}`,
        ]);
  return { name, slug, vendor, id: kind === 'web' ? host : mobileId, scheme, host };
}

/** How an app spells element ids: the conventions differ per platform and per team. */
export type IdStyle = (scope: string, key: string) => string;

/** An id convention fitting the platform and kind. */
export function pickIdStyle(
  rng: Rng,
  identity: AppIdentity,
  platform: Platform,
  kind: AppKind,
): IdStyle {
  // Each style spells scope and key apart and joins them, which gives the
  // same id as spelling `${scope} ${key}`; a screen's elements share the
  // scope, so it is spelled once per screen rather than once per element.
  const dashed = scoped(kebab, (s, k) => joinSpelled(s, k, '-'));
  const underscored = scoped(snake, (s, k) => joinSpelled(s, k, '_'));
  if (kind === 'web') return rng.pick<IdStyle>([dashed, underscored]);
  if (platform === 'android' && kind === 'native') {
    const prefix = `${identity.id}:id/`;
    return (s, k) => `${prefix}${underscored(s, k)}`;
  }
  return rng.pick<IdStyle>([
    scoped(camel, joinCamel),
    scoped(kebab, (s, k) => `${s}.${k}`),
    dashed,
    underscored,
  ]);
}

/** An id style spelling scope and key with `spell`, remembering the last scope's spelling. */
function scoped(spell: (text: string) => string, join: (s: string, k: string) => string): IdStyle {
  let lastScope: string | undefined;
  let spelledScope = '';
  return (s, k) => {
    if (s !== lastScope) {
      lastScope = s;
      spelledScope = spell(s);
    }
    return join(spelledScope, spell(k));
  };
}
