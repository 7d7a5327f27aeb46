import { createEnv, defaultFamilies } from '@forge/gym';
import type { InjectionMode, Platform } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from '../expert.js';
import { type PlayedEpisode, playEpisode } from '../run/play-episode.js';
import { ruleViolations } from '../testing/trajectory-rules.js';
import { consoleCheckStrategy } from './console-check.js';
import { debugInspectStrategy } from './debug-inspect.js';
import { runtimeStrategies } from './groups/runtime.js';
import { metroControlStrategy } from './metro-control.js';
import { networkInspectStrategy } from './network-inspect.js';
import { profilePerformanceStrategy } from './profile-performance.js';
import { profilerSessionsStrategy } from './profiler-sessions.js';
import type { Strategy } from './strategy.js';

const env = createEnv();

/** The runtime group's strategies under test (registered or not yet). */
const strategies: readonly Strategy[] = [
  ...new Map(
    [
      ...runtimeStrategies,
      networkInspectStrategy,
      debugInspectStrategy,
      consoleCheckStrategy,
      profilePerformanceStrategy,
      profilerSessionsStrategy,
      metroControlStrategy,
    ].map((s) => [s.family, s]),
  ).values(),
];
const expert = createExpert({ strategies });

/** The answer each family must give, checked against the task's teacher data. */
const expectedFacts: Readonly<Record<string, (p: PlayedEpisode) => void>> = {
  'network-inspect': (p) => {
    expect(p.facts.method).toBe(p.task.privileged.method);
    expect(p.facts.status).toBe(p.task.privileged.status);
    expect(p.facts.endpoint).toBe(p.task.params.endpoint);
  },
  'debug-inspect': (p) => {
    expect(p.facts.component).toBe(p.task.params.component);
    expect(p.facts.source).toBe(`${p.task.privileged.file}:${p.task.privileged.line}`);
  },
  'console-check': (p) => {
    expect(p.facts.message).toBe(p.task.privileged.message);
    expect(p.facts.level).toBe(p.task.params.level);
  },
  'profile-performance': (p) => {
    // The slowest hotspot of the opened screen whose component did not also render while
    // recording on an earlier screen (its row could be that screen's); else any of the screen.
    const app = env.world.apps[String(p.task.privileged.appId)];
    const session = env.world.state.sessions.find((s) => s.id === env.world.state.loaded.react);
    const earlier = new Set(session?.screens.slice(0, -1) ?? []);
    const hotspots = app?.runtime?.hotspots ?? [];
    const before = new Set(hotspots.filter((h) => earlier.has(h.screen)).map((h) => h.component));
    const mine = hotspots
      .filter((h) => h.screen === p.task.privileged.screenId)
      .sort((a, b) => b.selfMs - a.selfMs);
    const expected = mine.find((h) => !before.has(h.component));
    if (expected) {
      expect(p.facts.hotspot).toBe(expected.component);
      expect(p.facts.function).toBe(expected.functionName);
    } else expect(mine.map((h) => h.component)).toContain(p.facts.hotspot);
    const src = app?.runtime?.sources[String(p.facts.hotspot)];
    expect(p.facts.source).toBe(src?.file);
    expect(p.facts.line).toBe(src?.line);
  },
  'profiler-sessions': (p) => {
    expect(p.facts.session).toBe(p.task.privileged.sessionId);
  },
  'metro-control': (p) => {
    expect(p.facts.reloaded).toBe(true);
    expect(p.facts.metroStopped === true).toBe(p.task.params.stop === true);
  },
};

const families = strategies.map((s) => {
  const family = defaultFamilies.find((f) => f.id === s.family);
  if (!family) throw new Error(`no gym family ${s.family}`);
  return family;
});

const modes: readonly [string, InjectionMode][] = [
  ['none', 'none'],
  ['seeded', 'seeded'],
  ['debugger-drop', ['debugger-drop']],
];

function play(family: string, platform: Platform, seed: number, injections: InjectionMode) {
  return playEpisode(env, expert, { seed, family, platform, injections });
}

function calledTools(p: PlayedEpisode): string[] {
  return p.steps.flatMap((s) => s.calls.map((c) => c.name));
}

describe('the runtime group solves its families by the toolkit rules', () => {
  for (const family of families) {
    for (const platform of family.platforms) {
      for (const [name, injections] of modes) {
        it(`${family.id} on ${platform}, injections: ${name}`, () => {
          fc.assert(
            fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
              const p = play(family.id, platform, seed, injections);
              expect(p.success).toBe(true);
              expect(p.info.answered).toBe(true);
              expect(ruleViolations(p.steps)).toEqual([]);
              expectedFacts[family.id]?.(p);
              // Every family but metro-control calls a tool that needs the debugger, so a drop fires.
              if (name === 'debugger-drop' && family.id !== 'metro-control')
                expect(p.firedInjections).toContain('debugger-drop');
            }),
            { numRuns: 30 },
          );
        });
      }
    }
  }

  it('uses every tool of each family across seeds', () => {
    for (const family of families) {
      const used = new Set<string>();
      for (const platform of family.platforms)
        for (let seed = 0; seed < 40; seed += 1)
          for (const tool of calledTools(play(family.id, platform, seed, 'none'))) used.add(tool);
      const missing = family.tools.filter((t) => !used.has(t));
      expect(missing, family.id).toEqual([]);
    }
  });

  it('stops Metro exactly when the user asked', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const p = play('metro-control', seed % 2 === 0 ? 'ios' : 'android', seed, 'none');
      expect(calledTools(p).includes('stop-metro')).toBe(p.task.params.stop === true);
    }
  });

  it('recovers a drop with debugger-status or at once with debugger-connect, then retries', () => {
    const recoveries = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      const p = play('console-check', 'android', seed, ['debugger-drop']);
      const calls = calledTools(p);
      const failed = p.steps.flatMap((s) => s.results).findIndex((r) => r.isError);
      expect(failed).toBeGreaterThanOrEqual(0);
      const after = calls.slice(failed + 1);
      expect(['debugger-status', 'debugger-connect']).toContain(after[0]);
      recoveries.add(after[0] as string);
      expect(after).toContain('debugger-connect');
      expect(after.at(-2)).toBe('debugger-log-registry');
    }
    expect(recoveries.size).toBe(2);
  });

  it('checks react-profiler-status after an interruption of the recording, before stopping', () => {
    let interrupted = 0;
    for (let seed = 0; seed < 40; seed += 1) {
      const kinds: InjectionMode = seed % 2 === 0 ? ['app-crash'] : ['debugger-drop'];
      const p = play('profile-performance', seed % 4 < 2 ? 'ios' : 'android', seed, kinds);
      expect(p.success).toBe(true);
      const calls = p.steps.flatMap((s) => s.calls.map((c, i) => ({ c, r: s.results[i] })));
      const start = calls.findIndex((x) => x.c.name === 'react-profiler-start' && !x.r?.isError);
      const stop = calls.findIndex((x) => x.c.name === 'react-profiler-stop' && !x.r?.isError);
      const broke = calls.findIndex(
        (x, i) =>
          i > start &&
          i < stop &&
          (x.c.name === 'launch-app' || /Debugger connection lost/.test(x.r?.text ?? '')),
      );
      const status = calls.findIndex((x) => x.c.name === 'react-profiler-status');
      if (broke < 0) expect(status).toBe(-1);
      else {
        interrupted += 1;
        expect(status).toBeGreaterThan(broke);
        expect(status).toBeLessThan(stop);
      }
    }
    expect(interrupted).toBeGreaterThan(0);
  });

  it('starts and stops both profilers together, and interacts only while both record', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const p = play('profile-performance', seed % 2 === 0 ? 'ios' : 'android', seed, 'none');
      const steps = p.steps.map((s) =>
        s.calls
          .map((c) => c.name)
          .sort()
          .join('+'),
      );
      const start = steps.indexOf('native-profiler-start+react-profiler-start');
      const stop = steps.indexOf('native-profiler-stop+react-profiler-stop');
      const lastTap = steps.lastIndexOf('gesture-tap');
      expect(start).toBeGreaterThan(0);
      expect(lastTap).toBeGreaterThan(start);
      expect(stop).toBeGreaterThan(lastTap);
    }
  });
});
