import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appFor, packRequests } from './test-helpers.js';
import { validateAppSpec } from './validate-app-spec.js';

const seed = fc.integer({ min: 0, max: 0x7fffffff });

describe.each(
  packRequests.map(
    ({ pack, request }) =>
      [`${pack.id} ${request.platform}/${request.kind}`, pack, request] as const,
  ),
)('%s', (_name, pack, request) => {
  it('generates consistent apps for any seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(validateAppSpec(appFor(pack, request, s))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same app for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(appFor(pack, request, s)).toStrictEqual(appFor(pack, request, s));
      }),
      { numRuns: 10 },
    );
  });

  it('gives different apps for different seeds', () => {
    fc.assert(
      fc.property(seed, seed, (a, b) => {
        fc.pre(a !== b);
        expect(appFor(pack, request, a)).not.toStrictEqual(appFor(pack, request, b));
      }),
      { numRuns: 10 },
    );
  });

  it('names things from plurals by whole words ("Classic Watch", never "Classic Watche")', () => {
    // Stems a naive drop-the-s singular leaves from the word banks' plurals.
    const stems =
      /\b(Watche|Grocerie|Politic|Breaking new|Addresse|Boxe|Dishe|Statu|Categorie|Countrie|Storie)\b(?!s)/;
    fc.assert(
      fc.property(seed, (s) => {
        const app = appFor(pack, request, s);
        for (const screen of app.screens) {
          expect(screen.title).not.toMatch(stems);
          for (const el of screen.elements) expect(el.label).not.toMatch(stems);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('labels the app with the pack, platform and kind it was asked for', () => {
    const app = appFor(pack, request, 7);
    expect([app.pack, app.platform, app.kind]).toEqual([pack.id, request.platform, request.kind]);
  });
});
