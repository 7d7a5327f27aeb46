/**
 * Where the toolkit's rules allow more than one valid way, the expert's
 * episodes take more than one, varied by seed: describe or the component
 * tree on React Native, batching or not, and the order of independent steps.
 * Every variant is also a successful episode (the success and rule tests
 * cover them all); here each alternative must show up, in a fair share.
 */
import { createEnv } from '@forge/gym';
import type { Platform } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { isBackButton } from './core/back-button.js';
import { isDiscoveryTool, seenOf } from './core/observations.js';
import { createExpert } from './expert.js';
import { type PlayedEpisode, playEpisode } from './run/play-episode.js';

const env = createEnv();
const expert = createExpert();

function episodes(family: string, platform: Platform, count: number): PlayedEpisode[] {
  return Array.from({ length: count }, (_, seed) =>
    playEpisode(env, expert, { seed, family, platform, injections: 'none' }),
  );
}

const names = (p: PlayedEpisode): string[] => p.steps.flatMap((s) => s.calls.map((c) => c.name));
const rn = (p: PlayedEpisode): boolean =>
  (p.task.privileged.appKind ?? p.task.privileged.kind) === 'react-native';

/** Each key's share of the episodes: every alternative must have at least `min`. */
function expectShares(tally: Map<string, number>, keys: readonly string[], min: number): void {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  for (const key of keys)
    expect(
      (tally.get(key) ?? 0) / total,
      `${key} in ${JSON.stringify([...tally])}`,
    ).toBeGreaterThan(min);
}

describe('the expert varies valid strategies by seed', () => {
  it('discovers a React Native screen with the component tree in some episodes and describe in others', () => {
    const tally = new Map<string, number>();
    for (const platform of ['ios', 'android'] as const)
      for (const p of episodes('navigate-tap', platform, 80).filter(rn)) {
        const first = names(p).find((n) => n === 'describe' || n === 'debugger-component-tree');
        tally.set(first ?? 'none', (tally.get(first ?? 'none') ?? 0) + 1);
        expect(p.success).toBe(true);
      }
    expectShares(tally, ['describe', 'debugger-component-tree'], 0.25);
    expect(tally.get('none') ?? 0).toBe(0);
  });

  it('never uses the component tree for an app that is not React Native', () => {
    for (const platform of ['ios', 'android', 'chromium'] as const)
      for (const p of episodes('navigate-tap', platform, 40).filter((e) => !rn(e)))
        expect(names(p)).not.toContain('debugger-component-tree');
  });

  it('types into a field by tap then keyboard in one run-sequence in some episodes, in two calls in others', () => {
    const tally = new Map<string, number>();
    for (const platform of ['ios', 'android'] as const)
      for (const p of episodes('login', platform, 60)) {
        const batched = p.steps.some(
          (s) =>
            s.calls[0]?.name === 'run-sequence' &&
            JSON.stringify(s.calls[0].arguments).includes('"tool":"keyboard"'),
        );
        const key = batched ? 'batched' : 'separate';
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    expectShares(tally, ['batched', 'separate'], 0.25);
  });

  it('starts the two profilers in either order, and drills down in more than one order', () => {
    const firstStart = new Map<string, number>();
    const drillOrders = new Set<string>();
    for (const platform of ['ios', 'android'] as const)
      for (const p of episodes('profile-performance', platform, 40)) {
        const calls = names(p);
        const first = calls.find(
          (n) => n === 'react-profiler-start' || n === 'native-profiler-start',
        );
        firstStart.set(first ?? 'none', (firstStart.get(first ?? 'none') ?? 0) + 1);
        const drill = calls.filter((n) =>
          /^(profiler-(cpu|stack)-query|react-profiler-(cpu-summary|renders|fiber-tree))$/.test(n),
        );
        drillOrders.add(drill.join(' > '));
        expect(p.success).toBe(true);
      }
    expectShares(firstStart, ['react-profiler-start', 'native-profiler-start'], 0.25);
    expect(drillOrders.size).toBeGreaterThanOrEqual(4);
  });

  it('scrolls with swipes of varied length and start, and batches scrolls in some episodes', () => {
    const swipes = new Set<string>();
    const tally = new Map<string, number>();
    for (const platform of ['ios', 'android'] as const)
      for (const p of episodes('scroll-find', platform, 60)) {
        for (const s of p.steps)
          for (const c of s.calls)
            if (c.name === 'gesture-swipe') swipes.add(`${c.arguments.fromY}->${c.arguments.toY}`);
        const batched = p.steps.some(
          (s) =>
            s.calls[0]?.name === 'run-sequence' &&
            JSON.stringify(s.calls[0].arguments).includes('"tool":"gesture-swipe"'),
        );
        const key = batched ? 'batched' : 'single';
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    expect(swipes.size).toBeGreaterThanOrEqual(10);
    expectShares(tally, ['batched', 'single'], 0.1);
  });

  it('goes back by tapping the app’s back button in some episodes and by the back key or edge swipe in others', () => {
    const tally = new Map<string, number>();
    for (const platform of ['ios', 'android'] as const)
      for (const p of episodes('hide-and-seek', platform, 60)) {
        let seen: ReturnType<typeof seenOf> | undefined;
        for (const s of p.steps) {
          const call = s.calls[0];
          const result = s.results[0];
          if (call && result && isDiscoveryTool(call.name)) seen = seenOf(call.name, result);
          if (s.intent?.kind !== 'go-back' || !call) continue;
          const key = call.name === 'gesture-tap' ? 'tap' : 'key-or-swipe';
          tally.set(key, (tally.get(key) ?? 0) + 1);
          if (key !== 'tap') continue;
          // The tap is the centre of the back button of the screen just read.
          const button = seen?.elements.find(
            (e) => e.tap.x === call.arguments.x && e.tap.y === call.arguments.y,
          );
          expect(button && isBackButton(button), JSON.stringify(call.arguments)).toBe(true);
        }
        expect(p.success).toBe(true);
      }
    expectShares(tally, ['tap', 'key-or-swipe'], 0.2);
  });
});
