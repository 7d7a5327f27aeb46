import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { dragGesture } from '../families/drag-gesture.js';
import { nativeDeepInspect } from '../families/native-deep-inspect.js';
import { rotateGesture } from '../families/rotate-gesture.js';
import { defaultPacks } from '../packs/archetypes/index.js';
import { createRng, deriveSeed } from '../rng.js';
import { createAppSource, preferredFamily } from './app-source.js';

const seeds = Array.from({ length: 200 }, (_, i) => i);

/** Tasks of the family, over `seeds`, that `pick` accepts. */
function share(
  family: string,
  pick: (params: Record<string, unknown>, platform: string) => boolean,
) {
  const env = createEnv();
  let hits = 0;
  for (const seed of seeds) {
    const { task } = env.reset({ seed, family, injections: 'none' });
    if (pick(task.params, task.platform)) hits += 1;
  }
  return hits / seeds.length;
}

describe('tool variants that need a rare host', () => {
  // Before hosts could be preferred: 1 rotate-gesture task in 59 turned a
  // map, 4 drag-gesture tasks in 62 dragged a slider, 1 native-deep-inspect
  // task in 20 named an endpoint.
  it('rotate-gesture turns a map (gesture-rotate) in at least 15% of its tasks', () => {
    expect(share('rotate-gesture', (p) => p.heading !== undefined)).toBeGreaterThanOrEqual(0.15);
  });

  it('drag-gesture drags a web slider (gesture-drag) in at least 25% of its tasks', () => {
    expect(share('drag-gesture', (_, platform) => platform === 'chromium')).toBeGreaterThanOrEqual(
      0.25,
    );
  });

  it('native-deep-inspect names an endpoint (native-network-logs) in at least 30% of its tasks', () => {
    expect(share('native-deep-inspect', (p) => p.endpoint !== undefined)).toBeGreaterThanOrEqual(
      0.3,
    );
  });
});

describe('preferred hosts', () => {
  it('are apps the family supports and the preference accepts', () => {
    const source = createAppSource(defaultPacks);
    for (const family of [rotateGesture, dragGesture]) {
      const preferred = preferredFamily(family);
      expect(preferred).toBeDefined();
      let hosts = 0;
      for (const seed of seeds.slice(0, 100)) {
        const app = source(createRng(seed), family, { seed });
        expect(family.supports(app)).toBe(true);
        if (preferred?.supports(app)) hosts += 1;
      }
      // At least the preferred share (0.3), less sampling noise.
      expect(hosts).toBeGreaterThanOrEqual(20);
    }
  });

  it('leave an episode whose coin says no with the app a uniform draw gives', () => {
    const source = createAppSource(defaultPacks);
    const { preferredHost: _, ...uniform } = rotateGesture;
    let checked = 0;
    for (const seed of seeds) {
      const coin = createRng(deriveSeed(seed, 'preferred-host', rotateGesture.id));
      if (coin.chance(rotateGesture.preferredHost?.share ?? 0)) continue;
      const app = source(createRng(seed), rotateGesture, { seed });
      expect(app).toBe(source(createRng(seed), uniform, { seed }));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('give way to a uniform draw where no preferred host exists', () => {
    const source = createAppSource(defaultPacks);
    for (const seed of seeds.slice(0, 40)) {
      const app = source(createRng(seed), rotateGesture, { seed, platform: 'android' });
      expect(app.platform).toBe('android');
    }
  });

  it('are none for a family that prefers none', () => {
    expect(preferredFamily(nativeDeepInspect)).toBeUndefined();
  });
});
