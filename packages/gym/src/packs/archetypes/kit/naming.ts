import type { Platform } from '@forge/spec';
import type { Rng } from '../../../rng.js';
import type { AppKind } from '../../../world/model.js';
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

/** Words of a text joined by `sep`, lowercased. */
export function joinWords(text: string, sep: string): string {
  // A hand loop instead of split/filter/join: ids are made from words for
  // every element of every generated app, so this runs on every reset.
  const lower = text.toLowerCase();
  let out = '';
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out === '' ? lower.slice(start, i) : `${out}${sep}${lower.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/** Words of a text in camelCase (`Sign in` → `signIn`). */
export function camelWords(text: string): string {
  const words = joinWords(text, ' ');
  let out = '';
  for (let i = 0; i < words.length; i += 1) {
    const c = words[i] as string;
    if (c === ' ' && i + 1 < words.length) {
      out += (words[i + 1] as string).toUpperCase();
      i += 1;
    } else out += c;
  }
  return out;
}

/** A product name from a prefix, one of the pack's nouns and a suffix, in one of several shapes. */
export function pickAppName(rng: Rng, nouns: readonly string[]): string {
  const prefix = rng.pick(namePrefixes);
  const noun = rng.pick(nouns);
  const suffix = rng.pick(nameSuffixes.filter((s) => s !== ''));
  switch (rng.int(0, 4)) {
    case 0:
      return `${prefix} ${noun}`;
    case 1:
      return `${prefix}${noun.toLowerCase()}`;
    case 2:
      return `${noun}${suffix}`;
    case 3:
      return `${prefix} ${noun} ${suffix}`;
    default:
      return `${prefix}${rng.pick(nameSuffixes)}`;
  }
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
  const camel = (scope: string, key: string): string => camelWords(`${scope} ${key}`);
  if (kind === 'web') {
    return rng.pick<IdStyle>([
      (s, k) => joinWords(`${s} ${k}`, '-'),
      (s, k) => joinWords(`${s} ${k}`, '_'),
    ]);
  }
  if (platform === 'android' && kind === 'native') {
    return (s, k) => `${identity.id}:id/${joinWords(`${s} ${k}`, '_')}`;
  }
  return rng.pick<IdStyle>([
    camel,
    (s, k) => `${joinWords(s, '-')}.${joinWords(k, '-')}`,
    (s, k) => joinWords(`${s} ${k}`, '-'),
    (s, k) => joinWords(`${s} ${k}`, '_'),
  ]);
}
