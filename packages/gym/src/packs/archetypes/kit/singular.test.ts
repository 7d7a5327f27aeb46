import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categories } from '../shop-pack.js';
import { singular } from './singular.js';

describe('singular', () => {
  it('makes the plurals the packs use singular', () => {
    const cases: [string, string][] = [
      ['Watches', 'Watch'],
      ['Shoes', 'Shoe'],
      ['Headphones', 'Headphone'],
      ['Shared Groceries', 'Shared Grocery'],
      ['Addresses', 'Address'],
      ['Boxes', 'Box'],
      ['Dishes', 'Dish'],
      ['Movies', 'Movie'],
      ['Caches', 'Cache'],
      ['Notifications', 'Notification'],
      ['Laps', 'Lap'],
    ];
    for (const [plural, one] of cases) expect(singular(plural)).toBe(one);
  });

  it('leaves words that only look plural alone', () => {
    for (const word of [
      'Breaking news',
      'Politics',
      'Status',
      'Bonus',
      'Analysis',
      'Address',
      'GPS',
      'Bus',
      'Series',
    ])
      expect(singular(word)).toBe(word);
  });

  it('names a shop category\'s product by a word, not a stem ("Watche")', () => {
    // The shop pack's categories are the plurals generated product names are made from.
    for (const c of categories) expect(singular(c)).not.toMatch(/(che|she|xe|sse|rie)$/);
  });

  it('changes only the last word, and only by its ending', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,10}$/), { minLength: 1, maxLength: 4 }),
        (words) => {
          const label = words.join(' ');
          const out = singular(label);
          const head = words.slice(0, -1).join(' ');
          expect(out.startsWith(head)).toBe(true);
          const last = words.at(-1) as string;
          const one = out.slice(head === '' ? 0 : head.length + 1);
          expect(head === '' ? one : `${head} ${one}`).toBe(out);
          // The singular is the plural less at most three letters ("ies"), plus at most a "y".
          expect(last.startsWith(one.replace(/y$/, ''))).toBe(true);
          expect(last.length - one.length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});
