/**
 * The words of a text, spelled for ids, keys and paths. Every element id,
 * state key, screen id and path of every generated app is made from these,
 * so they take the cheap route when they can: most texts are already plain
 * words separated by single spaces. (A memo was tried: the texts are too
 * varied, about 20 new ones per app, and lookups in a large map cost more
 * than spelling.)
 */

/** True for the character codes of a-z and 0-9. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Words of a text joined by `sep`, lowercased (`Sign in!` → `sign-in`). */
export function spellWords(text: string, sep: string): string {
  const lower = text.toLowerCase();
  const n = lower.length;
  // The common case: words of a-z/0-9 separated by single spaces.
  let plain = n > 0;
  let spaced = false;
  for (let i = 0; i < n && plain; i += 1) {
    const c = lower.charCodeAt(i);
    if (isWordCode(c)) continue;
    if (c === 32 && i > 0 && i < n - 1 && lower.charCodeAt(i - 1) !== 32) spaced = true;
    else plain = false;
  }
  if (plain) return spaced && sep !== ' ' ? lower.replaceAll(' ', sep) : lower;
  let out = '';
  let start = -1;
  for (let i = 0; i <= n; i += 1) {
    if (i < n && isWordCode(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out === '' ? lower.slice(start, i) : `${out}${sep}${lower.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/** `Show previews!` → `show-previews`. */
export const kebab = (text: string): string => spellWords(text, '-');
/** `Show previews!` → `show_previews`. */
export const snake = (text: string): string => spellWords(text, '_');

/** Words of a text in camelCase (`Sign in` → `signIn`). */
export function camel(text: string): string {
  const words = spellWords(text, ' ');
  if (!words.includes(' ')) return words;
  const parts = words.split(' ');
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 1) out = joinCamel(out, parts[i] as string);
  return out;
}

/** Two spellings joined by `sep`, as if spelled from the two texts joined by a space. */
export function joinSpelled(a: string, b: string, sep: string): string {
  return a === '' ? b : b === '' ? a : `${a}${sep}${b}`;
}

/** Two camelCase spellings as one (`show` + `previewsOn` → `showPreviewsOn`). */
export function joinCamel(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}${(b[0] as string).toUpperCase()}${b.slice(1)}`;
}

/** True when `text[start, end)` is one non-empty plain word (letters of either case, digits). */
function isPlainWord(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * A state key from its dotted base: `privacy.Location services` →
 * `privacy.location-services`; plain words such as `loggedIn` stay as they
 * are, and a part with no words at all becomes `value`.
 */
export function stateKeyOf(base: string): string {
  let key = '';
  let start = 0;
  let changed = false;
  for (let i = 0; i <= base.length; i += 1) {
    if (i < base.length && base.charCodeAt(i) !== 46 /* '.' */) continue;
    const plain = isPlainWord(base, start, i);
    const part = plain ? base.slice(start, i) : kebab(base.slice(start, i)) || 'value';
    if (!plain) changed = true;
    key = start === 0 ? part : `${key}.${part}`;
    start = i + 1;
  }
  // Nothing to tidy: the base itself, not a copy pieced together from slices.
  return changed ? key : base;
}
