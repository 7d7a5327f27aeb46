import {
  createEnv,
  defaultFamilies,
  type GymEnv,
  parseDescribe,
  parseDeviceList,
} from '@forge/gym';
import type {
  DraftStep,
  HistoryStep,
  InjectionMode,
  JsonObject,
  Platform,
  Task,
  ToolCall,
} from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from '../expert.js';
import { playEpisode } from '../run/play-episode.js';
import { ruleViolations } from '../testing/trajectory-rules.js';

const env = createEnv();
const expert = createExpert();
const seeds = fc.nat({ max: 1_000_000 });

/**
 * Devices a call named and nothing released after: the dataset's session
 * rule, restated here so the test does not lean on the expert's own reading.
 */
function unreleased(steps: readonly HistoryStep[]): string[] {
  const held = new Set<string>();
  for (const step of steps)
    step.calls.forEach((call, i) => {
      const ok = step.results[i]?.isError === false;
      const a = call.arguments;
      const device =
        typeof a.udid === 'string'
          ? a.udid
          : typeof a.device_id === 'string'
            ? a.device_id
            : undefined;
      if (call.name === 'stop-all-simulator-servers') {
        if (ok) held.clear();
      } else if (call.name === 'stop-simulator-server') {
        if (ok && device !== undefined) held.delete(device);
      } else if (device !== undefined) held.add(device);
    });
  return [...held];
}

const injectionsFor = (family: string): InjectionMode[] =>
  family === 'android-boot' ? ['none', 'seeded', ['boot-timeout']] : ['none', 'seeded'];

describe('the device group strategies solve their families', () => {
  for (const id of ['android-boot', 'reinstall-reset', 'native-inspect', 'native-deep-inspect']) {
    const family = defaultFamilies.find((f) => f.id === id);
    if (!family) throw new Error(`the gym has no ${id} family`);
    for (const platform of family.platforms)
      for (const injections of injectionsFor(id)) {
        it(`${id} on ${platform}, injections ${JSON.stringify(injections)}`, () => {
          fc.assert(
            fc.property(seeds, (seed) => {
              const played = playEpisode(env, expert, { seed, family: id, platform, injections });
              expect(played.success).toBe(true);
              expect(played.info.answered).toBe(true);
              expect(Object.keys(played.facts).length).toBeGreaterThan(0);
              expect(ruleViolations(played.steps)).toEqual([]);
              expect(unreleased(played.steps)).toEqual([]);
            }),
            { numRuns: 30 },
          );
        });
      }
  }

  it('android-boot recovers from a boot timeout by booting again, then lists the devices again', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const played = playEpisode(env, expert, {
          seed,
          family: 'android-boot',
          injections: ['boot-timeout'],
        });
        const names = played.steps.map((s) => s.calls[0]?.name);
        const boots = played.steps.filter((s) => s.calls[0]?.name === 'boot-device');
        expect(boots.map((s) => s.results[0]?.isError)).toEqual([true, false]);
        expect(boots[1]?.intent?.kind).toBe('recover-boot');
        const booted = names.lastIndexOf('boot-device');
        expect(names[booted + 1]).toBe('list-devices');
        expect(names.indexOf('launch-app')).toBeGreaterThan(booted + 1);
      }),
      { numRuns: 30 },
    );
  });

  it('native-deep-inspect reads the views at the raw point native-describe-screen printed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const played = playEpisode(env, expert, { seed, family: 'native-deep-inspect' });
        const calls = played.steps.flatMap((s) => s.calls.map((c, i) => ({ c, r: s.results[i] })));
        const native = calls.filter((x) => x.c.name === 'native-describe-screen').at(-1);
        const point = calls.find((x) => x.c.name === 'native-view-at-point')?.c.arguments;
        const id = played.task.privileged.targetId as string;
        const line = native?.r?.text.split('\n').find((l) => l.includes(`id="${id}"`));
        const tap = /tap=\(([\d.]+), ([\d.]+)\)/.exec(line ?? '');
        expect(tap).not.toBeNull();
        expect(point).toMatchObject({ x: Number(tap?.[1]), y: Number(tap?.[2]) });
        // Raw points, not fractions of the screen.
        expect(Number(point?.x) + Number(point?.y)).toBeGreaterThan(2);
      }),
      { numRuns: 30 },
    );
  });
});

/** Calls made on the env outside the expert: a foreign prefix of the history. */
function run(e: GymEnv, steps: HistoryStep[], name: string, args: JsonObject = {}) {
  const call: ToolCall = { id: `call_${steps.length + 1}`, name, arguments: args };
  const result = e.step(call).result;
  steps.push({ calls: [call], results: [result] });
  return result;
}

/** Lets the expert take over after `steps` until it answers (or 40 steps pass). */
function continueFrom(e: GymEnv, task: Task, seed: number, steps: HistoryStep[]) {
  const start = steps.length;
  const policy = createExpert();
  for (let i = 0; i < 40; i += 1) {
    const action = policy.next({
      task,
      tools: e.tools,
      seed,
      initialObservation: '',
      history: steps,
    });
    if (action.type === 'final') return { own: steps.slice(start), answered: true };
    steps.push({ calls: action.calls, results: action.calls.map((c) => e.step(c).result) });
  }
  return { own: steps.slice(start), answered: false };
}

/** Launches the task's app and taps it until it crashes; true when the crash error was seen. */
function crashPrefix(e: GymEnv, task: Task, steps: HistoryStep[]): boolean {
  const udid = String(task.privileged.udid);
  run(e, steps, 'list-devices');
  run(e, steps, 'launch-app', { udid, bundleId: String(task.privileged.appId) });
  const screen = parseDescribe(run(e, steps, 'describe', { udid }).text);
  const el = screen.success
    ? screen.value.elements.find((x) => x.id !== undefined && x.flags.includes('clickable'))
    : undefined;
  if (!el) return false;
  const point = { udid, x: el.frame.x + el.frame.w / 2, y: el.frame.y + el.frame.h / 2 };
  run(e, steps, 'gesture-tap', point);
  return /it crashed/.test(run(e, steps, 'gesture-tap', point).text);
}

describe('host tasks after a crash in the history (update-notice, workspace-data)', () => {
  for (const family of ['update-notice', 'workspace-data'])
    for (const platform of ['ios', 'android'] as Platform[])
      it(`${family} on ${platform}: no launch, no empty udid, answers in a few steps`, () => {
        let crashed = 0;
        for (let seed = 0; seed < 30; seed += 1) {
          const e = createEnv();
          const reset = e.reset({ seed, family, platform, injections: ['app-crash'] });
          const task = reset.task;
          const steps: HistoryStep[] = [];
          if (!crashPrefix(e, task, steps)) continue;
          crashed += 1;
          const { own, answered } = continueFrom(e, task, seed, steps);
          const names = own.flatMap((s) => s.calls.map((c) => c.name));
          expect(answered).toBe(true);
          expect(names).not.toContain('launch-app');
          expect(own.flatMap((s) => s.calls).filter((c) => c.arguments.udid === '')).toEqual([]);
          expect(own.length).toBeLessThanOrEqual(3);
          expect(e.isSuccess()).toBe(true);
          expect(unreleased(steps)).toEqual([]);
        }
        expect(crashed).toBeGreaterThan(10);
      });
});

describe('device-release after driving another device', () => {
  it('releases the named device and every other device the episode used', () => {
    let tried = 0;
    for (let seed = 0; seed < 120 && tried < 30; seed += 1) {
      const e = createEnv();
      const reset = e.reset({ seed, family: 'device-release', injections: 'none' });
      const task = reset.task;
      const named = task.privileged.releaseUdid;
      if (typeof named !== 'string') continue;
      const steps: HistoryStep[] = [];
      const list = parseDeviceList(run(e, steps, 'list-devices').text);
      const other = list.success
        ? list.value.devices.find((d) => d.udid !== named && d.state !== 'Shutdown')
        : undefined;
      if (!other) continue;
      tried += 1;
      run(e, steps, 'describe', { udid: other.udid });
      const { answered } = continueFrom(e, task, seed, steps);
      expect(answered).toBe(true);
      expect(e.isSuccess()).toBe(true);
      expect(unreleased(steps)).toEqual([]);
      const released = steps.flatMap((s) => s.calls).filter((c) => c.name.startsWith('stop-'));
      // Only the devices used are released, one by one: the user's others stay up.
      expect(released.map((c) => c.name)).not.toContain('stop-all-simulator-servers');
      expect(released.map((c) => c.arguments.udid).sort()).toEqual([named, other.udid].sort());
    }
    expect(tried).toBeGreaterThanOrEqual(20);
  });

  it('releases only the named device when nothing else was driven', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const played = playEpisode(env, expert, { seed, family: 'device-release' });
        const steps: readonly DraftStep[] = played.steps;
        expect(played.success).toBe(true);
        expect(unreleased(steps)).toEqual([]);
        const named = played.task.privileged.releaseUdid;
        const stops = steps.flatMap((s) => s.calls).filter((c) => c.name.startsWith('stop-'));
        expect(stops).toHaveLength(1);
        if (typeof named === 'string') expect(stops[0]?.arguments).toEqual({ udid: named });
      }),
      { numRuns: 40 },
    );
  });
});
