import { describe, expect, it } from 'vitest';
import type { AppSpec, Frame, ScreenSpec } from '../../world/model.js';
import { appFor, packRequests } from './test-helpers.js';

const frameKey = (f: Frame): string =>
  `${f.x.toFixed(3)},${f.y.toFixed(3)},${f.w.toFixed(3)},${f.h.toFixed(3)}`;
const screenKey = (s: ScreenSpec): string =>
  [s.title, ...s.elements.map((e) => `${e.role}|${e.label}|${frameKey(e.frame)}`)].join('\n');

/** Counts what the issue measures: distinct screens by content, frames, tap points and app names. */
function measure(apps: readonly AppSpec[]): Record<string, number> {
  const screens = new Set<string>();
  const frames = new Set<string>();
  const taps = new Set<string>();
  const names = new Set<string>();
  for (const app of apps) {
    names.add(app.name);
    for (const screen of app.screens) {
      screens.add(screenKey(screen));
      for (const element of screen.elements) {
        frames.add(frameKey(element.frame));
        const { x, y, w, h } = element.frame;
        if (element.on) taps.add(`${(x + w / 2).toFixed(3)},${(y + h / 2).toFixed(3)}`);
      }
    }
  }
  return {
    apps: apps.length,
    screens: screens.size,
    frames: frames.size,
    taps: taps.size,
    names: names.size,
  };
}

describe('diversity over 10,000 generated apps', () => {
  const apps = Array.from({ length: 10_000 }, (_, seed) => {
    const { pack, request } = packRequests[
      seed % packRequests.length
    ] as (typeof packRequests)[number];
    return appFor(pack, request, seed);
  });
  const counts = measure(apps);
  // Printed so the numbers can be quoted; the assertions below are the contract.
  console.log('diversity', JSON.stringify(counts));

  it('has at least 5,000 distinct screens by content', () => {
    expect(counts.screens).toBeGreaterThanOrEqual(5_000);
  });

  it('has at least 20,000 distinct element frames', () => {
    expect(counts.frames).toBeGreaterThanOrEqual(20_000);
  });

  it('has at least 1,000 distinct app names', () => {
    expect(counts.names).toBeGreaterThanOrEqual(1_000);
  });

  it('has far more than the 15 tap points of the apps it replaces', () => {
    expect(counts.taps).toBeGreaterThanOrEqual(5_000);
  });
});
