/**
 * The singular of a plural label's last word, for names made from a plural
 * ("Watches" → a "Classic Watch", "Notifications" → "Notification sounds").
 * Dropping the final "s" wrote "Watche", "Grocerie", "Breaking new" and
 * "Politic" into the data; these rules cover the English plurals the word
 * banks hold, and leave alone the words that only look plural.
 */

/** Words that end in "s" but are not plurals, or are the same in both numbers. */
const unchanged = new Set(['news', 'series', 'species', 'status', 'canvas', 'gps', 'sms', 'ios']);

/** Plurals in "-ies" whose singular keeps the "ie" (not "y"). */
const keepsIe = new Set([
  'movies',
  'cookies',
  'pies',
  'ties',
  'lies',
  'selfies',
  'hoodies',
  'zombies',
]);

/** Plurals in "-ches" whose singular ends in "che" (most drop "es": watches, matches). */
const keepsE = new Set(['caches', 'headaches', 'niches', 'avalanches', 'moustaches']);

/** The singular of one lowercase-insensitive word, in the word's own case. */
function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || !lower.endsWith('s') || unchanged.has(lower)) return word;
  // Words in -ss, -us, -is and -ics are singular or uncountable (Address, Bonus, Analysis, Politics).
  if (/(ss|us|is|ics)$/.test(lower)) return word;
  if (lower.endsWith('ies') && !keepsIe.has(lower) && lower.length > 4)
    return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(lower) && !keepsE.has(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** `label` with its last word made singular ("Shared Groceries" → "Shared Grocery"). */
export function singular(label: string): string {
  const cut = label.lastIndexOf(' ') + 1;
  return `${label.slice(0, cut)}${singularWord(label.slice(cut))}`;
}
