import { describe, expect, it } from 'vitest';
import { appFor, packRequests } from '../packs/archetypes/test-helpers.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import { uniqueInApp, uniqueLabel } from './uniqueness.js';

/** The scanning definitions the tallies replaced. */
function scannedLabel(screen: ScreenSpec, el: ElementSpec): boolean {
  return el.label.trim() !== '' && screen.elements.filter((e) => e.label === el.label).length === 1;
}
function scannedInApp(app: AppSpec, el: ElementSpec): boolean {
  if (el.label.trim() === '') return false;
  let same = 0;
  const prompt = app.modals.filter((m) => m.id === app.firstRun?.modal);
  for (const s of [...app.screens, ...prompt])
    for (const e of s.elements) if (e.label === el.label || e.id === el.id) same += 1;
  return same === 1;
}

describe('uniqueness tallies', () => {
  it('answer as scanning every element does, on apps of every pack request', () => {
    let unique = 0;
    let shared = 0;
    for (const { pack, request } of packRequests) {
      for (let seed = 0; seed < 3; seed += 1) {
        const app = appFor(pack, request, seed);
        const prompt = app.modals.filter((m) => m.id === app.firstRun?.modal);
        for (const holder of [...app.screens, ...prompt]) {
          for (const el of holder.elements) {
            expect(uniqueInApp(app, el)).toBe(scannedInApp(app, el));
            if (uniqueInApp(app, el)) unique += 1;
            else shared += 1;
          }
        }
        for (const screen of app.screens)
          for (const el of screen.elements)
            expect(uniqueLabel(screen, el)).toBe(scannedLabel(screen, el));
      }
    }
    // Both answers occur, so the comparison means something.
    expect(unique).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(0);
  });

  it('count a label and an id carried by two different elements as shared', () => {
    const el = (id: string, label: string): ElementSpec =>
      ({ id, label, role: 'button', frame: { x: 0, y: 0, w: 1, h: 0.1 } }) as ElementSpec;
    const a = el('a', 'Save');
    const b = el('b', 'Cancel');
    const c = el('a', 'Other');
    const screen = { id: 's', title: 'S', elements: [a, b, c] } as ScreenSpec;
    const app = { screens: [screen], modals: [] } as unknown as AppSpec;
    expect(uniqueInApp(app, a)).toBe(false);
    expect(uniqueInApp(app, b)).toBe(true);
    expect(uniqueInApp(app, c)).toBe(false);
    expect(uniqueLabel(screen, a)).toBe(true);
  });
});
