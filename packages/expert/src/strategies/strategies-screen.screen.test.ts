import { createEnv, defaultFamilies } from '@forge/gym';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from '../expert.js';
import { playEpisode } from '../run/play-episode.js';
import { ruleViolations } from '../testing/trajectory-rules.js';
import { batchSequenceStrategy } from './batch-sequence.js';
import { chromiumTabsStrategy } from './chromium-tabs.js';
import { cookiesStorageStrategy } from './cookies-storage.js';
import { dragGestureStrategy } from './drag-gesture.js';
import { flowRecordStrategy } from './flow-record.js';
import { screenStrategies } from './groups/screen.js';
import { hideAndSeekStrategy } from './hide-and-seek.js';
import { pinchZoomStrategy } from './pinch-zoom.js';
import { profileDrilldownStrategy } from './profile-drilldown.js';
import { rotateGestureStrategy } from './rotate-gesture.js';
import type { Strategy } from './strategy.js';
import { visualRegressionStrategy } from './visual-regression.js';

const env = createEnv();

/** The screen group's strategies under test (registered or not yet). */
const strategies: readonly Strategy[] = [
  ...new Map(
    [
      ...screenStrategies,
      profileDrilldownStrategy,
      batchSequenceStrategy,
      visualRegressionStrategy,
      flowRecordStrategy,
      hideAndSeekStrategy,
      pinchZoomStrategy,
      dragGestureStrategy,
      rotateGestureStrategy,
      chromiumTabsStrategy,
      cookiesStorageStrategy,
    ].map((s) => [s.family, s] as const),
  ).values(),
];

describe('the screen group solves its families and follows the toolkit rules', () => {
  for (const strategy of strategies) {
    const family = defaultFamilies.find((f) => f.id === strategy.family);
    it(`${strategy.family} is a gym family`, () => expect(family).toBeDefined());
    if (!family) continue;
    const expert = createExpert({ strategies: [strategy] });
    for (const platform of family.platforms) {
      for (const injections of ['none', 'seeded'] as const) {
        it(`${family.id} on ${platform}, injections: ${injections}`, () => {
          fc.assert(
            fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
              const played = playEpisode(env, expert, {
                seed,
                family: family.id,
                platform,
                injections,
              });
              expect(played.success).toBe(true);
              expect(played.info.answered).toBe(true);
              expect(Object.keys(played.facts).length).toBeGreaterThan(0);
              expect(ruleViolations(played.steps)).toEqual([]);
            }),
            { numRuns: 30 },
          );
        });
      }
    }
  }
});

/** The calls of an episode of one family, flattened (run-sequence steps kept inside their call). */
function calls(family: string, seed: number, platform?: 'ios' | 'android' | 'chromium') {
  const expert = createExpert({ strategies });
  const played = playEpisode(env, expert, {
    seed,
    family,
    injections: 'none',
    ...(platform === undefined ? {} : { platform }),
  });
  return played.steps.flatMap((s) => s.calls);
}

const seeds = fc.nat({ max: 1_000_000 });

describe('the screen group uses the tools the way the toolkit asks', () => {
  it('visual regression: a scale-1 baseline without the image, then a diff against its path', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const made = calls('visual-regression', seed);
        const shot = made.findIndex((c) => c.name === 'screenshot');
        const diff = made.findIndex((c) => c.name === 'screenshot-diff');
        expect(shot).toBeGreaterThan(0);
        expect(made[shot]?.arguments).toMatchObject({ scale: 1, includeImageInContext: false });
        expect(diff).toBeGreaterThan(shot);
        expect(made.filter((c) => c.name === 'screenshot')).toHaveLength(1);
        expect(String(made[diff]?.arguments.baselinePath)).toMatch(/\.png$/);
      }),
      { numRuns: 30 },
    );
  });

  it('flows: start, steps, echo, finish, read the prerequisite, execute acknowledged', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const names = calls('flow-record', seed)
          .map((c) => c.name)
          .filter((n) => n.startsWith('flow-'));
        const order = [
          'flow-start-recording',
          'flow-add-step',
          'flow-add-echo',
          'flow-finish-recording',
          'flow-read-prerequisite',
          'flow-execute',
        ];
        expect([...new Set(names)]).toEqual(order);
        const executed = calls('flow-record', seed).find((c) => c.name === 'flow-execute');
        expect(executed?.arguments.prerequisiteAcknowledged).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('batch-sequence: several page swipes go in one run-sequence of swipes without udid', () => {
    let batched = 0;
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const call of calls('batch-sequence', seed)) {
          if (call.name !== 'run-sequence') continue;
          const steps = call.arguments.steps as { tool: string; args: Record<string, unknown> }[];
          for (const step of steps) expect(step.args).not.toHaveProperty('udid');
          if (steps.every((s) => s.tool === 'gesture-swipe' && Number(s.args.fromX) > 0.5))
            batched += 1;
        }
        // A lone page turn (a leftward swipe outside a sequence) only when one page is left.
        const turns = calls('batch-sequence', seed).filter(
          (c) =>
            c.name === 'gesture-swipe' && Number(c.arguments.toX) < Number(c.arguments.fromX) - 0.3,
        );
        expect(turns.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
    expect(batched).toBeGreaterThan(0);
  });

  it('hide-and-seek explores other entries and goes back in some episodes', () => {
    let backs = 0;
    for (let seed = 0; seed < 30; seed += 1) {
      const made = calls('hide-and-seek', seed, 'android');
      backs += made.filter((c) => c.name === 'button' && c.arguments.button === 'back').length;
    }
    expect(backs).toBeGreaterThan(0);
  });

  it('on Chromium, drags with gesture-drag and never swipes', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const made = calls('drag-gesture', seed, 'chromium');
        expect(made.some((c) => c.name === 'gesture-drag')).toBe(true);
        expect(made.some((c) => c.name === 'gesture-swipe' || c.name === 'gesture-custom')).toBe(
          false,
        );
      }),
      { numRuns: 30 },
    );
  });
});
