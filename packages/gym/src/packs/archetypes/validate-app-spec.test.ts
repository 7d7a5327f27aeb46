import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppSpec, ElementSpec, ScreenSpec } from '../../world/model.js';
import { authPack, settingsPack } from './index.js';
import { appFor } from './test-helpers.js';
import { validateAppSpec } from './validate-app-spec.js';

const base = (): AppSpec => appFor(settingsPack, { platform: 'android', kind: 'react-native' }, 11);
const withHome = (app: AppSpec, change: (s: ScreenSpec) => ScreenSpec): AppSpec => ({
  ...app,
  screens: app.screens.map((s) => (s.id === app.home ? change(s) : s)),
});
const firstNav = (s: ScreenSpec): ElementSpec =>
  s.elements.find((e) => e.on?.kind === 'navigate') as ElementSpec;

/** Each corruption must be reported with a message containing the expected words. */
const corruptions: readonly [string, (app: AppSpec) => AppSpec, string][] = [
  [
    'an unknown navigate target',
    (app) =>
      withHome(app, (s) => ({
        ...s,
        elements: s.elements.map((e) =>
          e === firstNav(s) ? { ...e, on: { kind: 'navigate', to: 'nowhere' } } : e,
        ),
      })),
    'unknown screen nowhere',
  ],
  [
    'a duplicate element id',
    (app) =>
      withHome(app, (s) => ({
        ...s,
        elements: [...s.elements, { ...firstNav(s), frame: { x: 0, y: 0.95, w: 0.1, h: 0.01 } }],
      })),
    'used twice',
  ],
  [
    'a missing parent',
    (app) => ({
      ...app,
      screens: app.screens.map((s) =>
        s.id === app.home ? s : (({ parent: _p, ...rest }) => rest)(s),
      ),
    }),
    'no parent',
  ],
  [
    'an unreachable screen',
    (app) => ({
      ...app,
      screens: [...app.screens, { id: 'orphan', title: 'Orphan', parent: app.home, elements: [] }],
    }),
    'not reachable',
  ],
  [
    'an unrounded frame',
    (app) =>
      withHome(app, (s) => ({
        ...s,
        elements: s.elements.map((e, i) =>
          i === 0 ? { ...e, frame: { ...e.frame, x: 0.1234 } } : e,
        ),
      })),
    '3 decimals',
  ],
  [
    'a frame off screen',
    (app) =>
      withHome(app, (s) => ({
        ...s,
        elements: s.elements.map((e, i) =>
          i === 0 ? { ...e, frame: { ...e.frame, x: 0.95 } } : e,
        ),
      })),
    'horizontally',
  ],
  [
    'overlapping tap targets',
    (app) =>
      withHome(app, (s) => ({ ...s, elements: [...s.elements, { ...firstNav(s), id: 'twin' }] })),
    'overlap',
  ],
  [
    'a bad deep link target',
    (app) => ({ ...app, deepLinks: { ...app.deepLinks, 'x://y': 'nowhere' } }),
    'deep link x://y',
  ],
  [
    'an Android app without activity',
    (app) => (({ activity: _a, ...rest }) => rest)(app),
    'activity',
  ],
  [
    'an RN component without source',
    (app) =>
      withHome(app, (s) => ({
        ...s,
        elements: s.elements.map((e, i) => (i === 0 ? { ...e, component: 'Mystery' } : e)),
      })),
    'Mystery',
  ],
  [
    'a long press on an unknown element',
    (app) => withHome(app, (s) => ({ ...s, longPress: { ghost: 'menu' } })),
    'long press',
  ],
];

describe('validateAppSpec', () => {
  it('finds nothing wrong with a generated app', () => {
    expect(validateAppSpec(base())).toEqual([]);
  });

  it.each(corruptions)('reports %s', (_name, corrupt, expected) => {
    const problems = validateAppSpec(corrupt(base()));
    expect(problems.some((p) => p.includes(expected))).toBe(true);
  });

  it('reports credentials no submit requires', () => {
    const app = appFor(authPack, { platform: 'ios', kind: 'native' }, 3);
    const problems = validateAppSpec({ ...app, credentials: { username: 'x', password: 'y' } });
    expect(problems).toContain('credentials: no submit requires them');
  });

  it('reports any element moved off its navigate target (property)', () => {
    const app = base();
    const navigating = app.screens.flatMap((s) =>
      s.elements.filter((e) => e.on?.kind === 'navigate').map((e) => e.id),
    );
    fc.assert(
      fc.property(fc.constantFrom(...navigating), fc.string({ minLength: 1 }), (id, target) => {
        fc.pre(!app.screens.some((s) => s.id === target));
        const broken: AppSpec = {
          ...app,
          screens: app.screens.map((s) => ({
            ...s,
            elements: s.elements.map((e) =>
              e.id === id ? { ...e, on: { kind: 'navigate' as const, to: target } } : e,
            ),
          })),
        };
        expect(validateAppSpec(broken).length).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});
