/**
 * Shared word banks. Packs combine these with their own vocabulary so that
 * names and labels differ from seed to seed.
 */

const banks = new Map<string, readonly string[]>();

/**
 * Splits a space-separated bank (`_` stands for a space inside one entry).
 * Packs call this inside their build functions too, so each text is split
 * once and the same array is returned ever after (callers never change it).
 */
export function bank(text: string): readonly string[] {
  const known = banks.get(text);
  if (known) return known;
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replaceAll('_', ' '));
  banks.set(text, words);
  return words;
}

/** Brand-like first halves of app names. */
export const namePrefixes = bank(`
  Blue Bright Cedar Clear Copper Coral Daily Echo Ember Fern Flint Fox Glow Granite Harbor Hazel
  Iris Jade Juniper Kite Lark Lumen Maple Meadow Mint Nimbus North Oak Onyx Orbit Pebble Pine
  Pixel Polar Quill Raven River Sage Slate Solar Sparrow Spruce Summit Tidal Umber Vast Willow
  Zephyr Atlas Birch Cobalt Dune Ever Frost Gale Halo Indigo Kelp Lotus Moss`);

/** Suffixes that turn a noun into a product name (`-` means none). */
export const nameSuffixes = bank('- ly io Hub Go Box Lab Kit Base Works Pro Now Plus One').map(
  (suffix) => (suffix === '-' ? '' : suffix),
);

/** People, for usernames, authors, contacts and senders. */
export const firstNames = bank(`
  Ada Ben Chloe Dev Elena Farid Grace Hugo Imani Jonas Kira Liam Maya Nikhil Olga Priya Quinn
  Rosa Sami Tariq Uma Viktor Wen Ximena Yusuf Zoe Aiko Bruno Carmen Dmitri Esme Felix`);

/** Family names, paired with first names. */
export const lastNames = bank(`
  Okafor Lindqvist Moreau Tanaka Haddad Kowalski Silva Novak Reyes Schmidt Osei Iyer Costa Berg
  Duarte Yilmaz Fischer Nakamura Adeyemi Larsen`);

/** Places, for addresses, trips and map pins. */
export const cities = bank(`
  Lisbon Oslo Kyoto Nairobi Austin Porto Tallinn Quito Hanoi Dublin Seville Lagos Perth Montreal
  Krakow Reykjavik Valencia Pune Bergen Cusco Ghent Hobart`);

/** Adjectives for products, items and titles. */
export const adjectives = bank(`
  Classic Compact Deluxe Everyday Fresh Heritage Lite Modern Nordic Organic Premium Rapid Rustic
  Smart Studio Urban Vintage Wild Golden Quiet`);

/** Month abbreviations, for dates in read-outs. */
export const months = bank('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');

/** Vendors for bundle ids and packages. */
export const vendors = bank(`
  acme northwind contoso initech globex umbrella hooli vandelay stark wayne tyrell cyberdyne
  soylent massive aperture duff wonka oscorp`);
