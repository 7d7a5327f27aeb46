/**
 * For each injected failure the gym can produce (but the permission dialog,
 * tested with the dialog code), the expert recovers the way the toolkit's
 * rules say, read from the calls right after the one the failure hit. The
 * episodes are played here call by call so the test knows which call that
 * was (`info.injected`), rather than guessing it from the observations.
 */
import {
  applicableInjections,
  createEnv,
  defaultFamilies,
  type InjectionKind,
  injectionKinds,
  parseDescribe,
} from '@forge/gym';
import type {
  HistoryStep,
  JsonObject,
  Platform,
  PolicyContext,
  ToolCall,
  ToolResult,
} from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';

interface Played {
  readonly calls: readonly { readonly call: ToolCall; readonly result: ToolResult }[];
  /** Index in `calls` of the call the injected failure hit, if it fired. */
  readonly fired: number | undefined;
  readonly success: boolean;
  readonly label: string;
}

const env = createEnv();

function play(seed: number, family: string, platform: Platform, kind: InjectionKind): Played {
  const reset = env.reset({ seed, family, platform, injections: [kind] });
  const expert = createExpert();
  const history: HistoryStep[] = [];
  const calls: { call: ToolCall; result: ToolResult }[] = [];
  let fired: number | undefined;
  const context: PolicyContext = {
    task: reset.task,
    tools: env.tools,
    seed,
    initialObservation: reset.observation,
    history,
  };
  for (let step = 0; step < 60; step += 1) {
    const action = expert.next(context);
    if (action.type === 'final') break;
    const results: ToolResult[] = [];
    for (const call of action.calls) {
      const out = env.step(call);
      if (out.info.injected === kind && fired === undefined) fired = calls.length;
      calls.push({ call, result: out.result });
      results.push(out.result);
    }
    history.push({ calls: action.calls, results });
  }
  return { calls, fired, success: env.isSuccess(), label: `${family}/${platform}/${seed}` };
}

const discoveries = new Set(['describe', 'debugger-component-tree', 'native-describe-screen']);
const isDiscovery = (name: string | undefined): boolean => discoveries.has(name ?? '');

/** The arguments of the tap a call makes: gesture-tap, a run-sequence step, a recorded flow step. */
function tapArgs(call: ToolCall): JsonObject | undefined {
  if (call.name === 'gesture-tap') return call.arguments;
  if (call.name === 'run-sequence')
    return ((call.arguments.steps ?? []) as JsonObject[]).find((s) => s.tool === 'gesture-tap')
      ?.args as JsonObject | undefined;
  if (call.name === 'flow-add-step' && call.arguments.command === 'gesture-tap')
    return JSON.parse(String(call.arguments.args ?? '{}')) as JsonObject;
  return undefined;
}
const taps = (call: ToolCall | undefined): boolean =>
  call !== undefined && tapArgs(call) !== undefined;
function tapPoint(call: ToolCall | undefined): [number, number] {
  const args = call ? tapArgs(call) : undefined;
  return [Number(args?.x), Number(args?.y)];
}
/** True when a successful discovery comes after call `from` and before call `to`. */
const discoveredBetween = (p: Played, from: number, to: number): boolean =>
  p.calls.slice(from + 1, to).some((c) => isDiscovery(c.call.name) && !c.result.isError);
/** The index of the first call after `from` that satisfies `test`, or -1. */
const nextIndex = (p: Played, from: number, test: (call: ToolCall) => boolean): number =>
  p.calls.findIndex((c, i) => i > from && test(c.call));
const debuggerTools = /^(debugger-|view-network-|react-profiler-|profiler-)/;

/** Episodes of every family and platform where the kind can fire, and fired. */
function firedEpisodes(kind: InjectionKind, seeds: number): Played[] {
  const out: Played[] = [];
  for (const family of defaultFamilies)
    for (const platform of family.platforms) {
      const appKinds =
        platform === 'chromium' ? (['web'] as const) : (['native', 'react-native'] as const);
      const can = appKinds.some((k) =>
        applicableInjections({ platform, kind: k, family: family.id }).includes(kind),
      );
      if (!can) continue;
      for (let seed = 0; seed < seeds; seed += 1) {
        const played = play(seed, family.id, platform, kind);
        if (played.fired !== undefined) out.push(played);
      }
    }
  return out;
}

type Checked = Exclude<InjectionKind, 'permission-dialog' | 'keyboard-cover'>;

/** How each kind is recovered, as the calls after the one it hit must show. */
const recoveries: Readonly<Record<Checked, (p: Played) => void>> = {
  // The tap did nothing: discover again before tapping again (typing into the field
  // may follow the tap in the same step). A tap recorded into a flow is not repeated
  // live, since a second recorded tap would replay on the next screen; the recorded
  // step's point is right, and the flow's replay must then run every step.
  'tap-miss': (p) => {
    const at = p.fired as number;
    const missed = p.calls[at]?.call;
    expect(taps(missed), p.label).toBe(true);
    const retry = nextIndex(p, at, taps);
    if (missed?.name === 'flow-add-step' && retry === -1) {
      expect(isDiscovery(p.calls[at + 1]?.call.name), p.label).toBe(true);
      const replay = p.calls.find((c, i) => i > at && c.call.name === 'flow-execute');
      expect(replay, `${p.label}: the flow was never replayed`).toBeDefined();
      const out = JSON.parse(replay?.result.text ?? '{}') as { completed?: number; total?: number };
      expect(out.total, p.label).toBeGreaterThan(0);
      expect(out.completed, `${p.label}: the replay did not run every step`).toBe(out.total);
      return;
    }
    expect(retry, `${p.label}: no tap after the miss`).toBeGreaterThan(at);
    expect(discoveredBetween(p, at, retry), `${p.label}: tapped again without a reading`).toBe(
      true,
    );
  },
  // The discovery failed: read the error, retry once or use another discovery tool.
  'discovery-fail': (p) => {
    const at = p.fired as number;
    const failed = p.calls[at];
    expect(isDiscovery(failed?.call.name), p.label).toBe(true);
    expect(failed?.result.isError, p.label).toBe(true);
    const next = p.calls[at + 1];
    expect(next && (isDiscovery(next.call.name) || next.call.name === 'screenshot'), p.label).toBe(
      true,
    );
    expect(next?.result.isError, `${p.label}: the retry failed too`).toBe(false);
  },
  // The debugger dropped: check debugger-status and/or reconnect, then carry on.
  'debugger-drop': (p) => {
    const at = p.fired as number;
    const failed = p.calls[at];
    expect(failed?.result.isError, p.label).toBe(true);
    expect(failed?.call.name, p.label).toMatch(debuggerTools);
    // A call sent beside it in the same step (native-profiler-start) may come first.
    const next = nextIndex(p, at, (c) => debuggerTools.test(c.name));
    expect(p.calls[next]?.call.name, p.label).toMatch(/^debugger-(status|connect)$/);
    const reconnect = nextIndex(p, at, (c) => c.name === 'debugger-connect');
    expect(reconnect, `${p.label}: never reconnected`).toBeGreaterThan(at);
    expect(p.calls[reconnect]?.result.isError, p.label).toBe(false);
    const again = nextIndex(p, reconnect, (c) => c.name === failed?.call.name);
    expect(again, `${p.label}: ${failed?.call.name} not called again`).toBeGreaterThan(reconnect);
  },
  // The boot timed out: boot again (a device listing may come between).
  'boot-timeout': (p) => {
    const at = p.fired as number;
    expect(p.calls[at]?.call.name, p.label).toBe('boot-device');
    expect(p.calls[at]?.result.isError, p.label).toBe(true);
    const next = p.calls.slice(at + 1).find((c) => c.call.name !== 'list-devices');
    expect(next?.call.name, p.label).toBe('boot-device');
    expect(next?.result.isError, p.label).toBe(false);
  },
  // Content moved after the reading: the tap at the old place misses, and no tap
  // follows it before a new reading.
  'element-moved': (p) => {
    const at = p.fired as number;
    expect(isDiscovery(p.calls[at]?.call.name), p.label).toBe(true);
    const first = nextIndex(p, at, taps);
    if (first === -1) return; // Nothing was tapped after the reading (a non-UI family).
    const second = nextIndex(p, first, taps);
    if (second !== -1)
      expect(
        discoveredBetween(p, first, second),
        `${p.label}: tapped again without a reading`,
      ).toBe(true);
  },
  // The app crashed on a tap (perhaps one a flow step ran): notice it with a reading,
  // then relaunch with launch-app (or open-url, restart-app) before anything else.
  'app-crash': (p) => {
    const at = p.fired as number;
    expect(taps(p.calls[at]?.call), p.label).toBe(true);
    const act = nextIndex(p, at, (c) => !isDiscovery(c.name) && c.name !== 'screenshot');
    expect(discoveredBetween(p, at, act), `${p.label}: relaunched without a reading`).toBe(true);
    expect(p.calls[act]?.call.name, p.label).toMatch(/^(launch-app|open-url|restart-app)$/);
  },
};

describe('the expert recovers from every injected failure the way the rules say', () => {
  it('covers every injection kind the gym has', () => {
    const tested = new Set<string>([...Object.keys(recoveries), 'keyboard-cover']);
    // The permission dialog is tested beside the dialog code, which is changing separately.
    expect(injectionKinds.filter((k) => !tested.has(k))).toEqual(['permission-dialog']);
  });

  for (const [kind, check] of Object.entries(recoveries)) {
    it(`${kind}: fires in many episodes, each recovered and successful`, () => {
      const episodes = firedEpisodes(kind as InjectionKind, 3);
      // The check is not vacuous: the failure really fired, in many episodes.
      expect(episodes.length).toBeGreaterThanOrEqual(30);
      for (const played of episodes) {
        check(played);
        expect(played.success, played.label).toBe(true);
      }
    });
  }

  it('keyboard-cover: closes the keyboard with a key or back, reads again, then taps submit', () => {
    let covered = 0;
    for (const p of firedEpisodes('keyboard-cover', 24)) {
      const at = p.fired as number;
      const submit = p.calls.findLastIndex((c) => taps(c.call));
      const [x, y] = tapPoint(p.calls[submit]?.call);
      // Did a reading after the fire show the keyboard over the place the submit tap went?
      const hidden = p.calls.slice(at + 1, submit).some((c) => {
        if (c.call.name !== 'describe' || c.result.isError) return false;
        const read = parseDescribe(c.result.text);
        const kb = read.success
          ? read.value.elements.find((e) => e.label === 'Keyboard')
          : undefined;
        return kb !== undefined && x >= kb.frame.x && y >= kb.frame.y;
      });
      // A tall keyboard under a form whose button sits above it covers nothing: nothing to close.
      if (!hidden) continue;
      covered += 1;
      const close = nextIndex(
        p,
        at,
        (c) =>
          (c.name === 'keyboard' && c.arguments.key !== undefined) ||
          (c.name === 'button' && c.arguments.button === 'back'),
      );
      expect(close, `${p.label}: the keyboard was never closed`).toBeGreaterThan(at);
      expect(submit, `${p.label}: submit tapped before the keyboard closed`).toBeGreaterThan(close);
      expect(discoveredBetween(p, close, submit), `${p.label}: no reading after closing`).toBe(
        true,
      );
      expect(p.success, p.label).toBe(true);
    }
    expect(covered).toBeGreaterThanOrEqual(10);
  });

  it('element-moved: the tap after the new reading goes to a new place', () => {
    let moved = 0;
    for (const p of firedEpisodes('element-moved', 3)) {
      const at = p.fired as number;
      const first = nextIndex(p, at, taps);
      const second = first === -1 ? -1 : nextIndex(p, first, taps);
      if (second === -1) continue;
      if (tapPoint(p.calls[first]?.call).join() !== tapPoint(p.calls[second]?.call).join())
        moved += 1;
    }
    expect(moved).toBeGreaterThanOrEqual(20);
  });
});
