import { describeSources, formatElementLine, formatFrame } from '@forge/gym';
import {
  defaultCatalog,
  type Env,
  type EnvSnapshot,
  type ResetOptions,
  type ResetResult,
  type StepResult,
  type Task,
  type ToolCall,
} from '@forge/spec';
import { frameContains } from '../discovery/parse-discovery.js';
import { generateTestWorld, type TestElement, type TestWorld } from './test-tap-world.js';

/** The family the test world's tasks belong to. */
export const testTapFamily = 'tap-target';

interface State {
  screen: number | 'home';
  activated: boolean;
  steps: number;
  clockMs: number;
}

const roles = { ios: 'AXButton', android: 'android.widget.Button', chromium: 'button' } as const;

/**
 * A TEST DOUBLE of the gym: a tiny deterministic world (a home screen of
 * sections, each a list of items) with `list-devices`, a `describe` that
 * prints elements in the gym's own describe format (so @forge/validate's
 * grounding gate reads it as it reads the real toolkit's), and a
 * `gesture-tap` that acts on the element under the point. The task is to
 * open one section and tap one item. It exists so the eval machinery can be
 * tested before the real gym is usable; it is not a simulator.
 */
export function createTestTapEnv(options: { readonly maxSteps?: number } = {}): Env {
  const catalog = defaultCatalog();
  const tools = catalog.tools.filter((t) =>
    ['list-devices', 'describe', 'gesture-tap'].includes(t.name),
  );
  const maxSteps = options.maxSteps ?? 60;
  let world: TestWorld | undefined;
  let state: State = { screen: 'home', activated: false, steps: 0, clockMs: 0 };

  const current = (w: TestWorld): readonly TestElement[] =>
    state.screen === 'home' ? w.home : (w.sections[state.screen]?.elements ?? []);

  const describe = (w: TestWorld): string => {
    const role = roles[w.platform];
    const title = state.screen === 'home' ? w.app : (w.sections[state.screen]?.title ?? '');
    const lines = current(w).map(
      (e) => `  ${formatElementLine(role, e.label, undefined, undefined, ['clickable'], e.frame)}`,
    );
    return [
      `Source: ${describeSources[w.platform]}`,
      'Mode: flat (every visible element at one level)',
      'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)',
      `ROOT "${title}" ${formatFrame({ x: 0, y: 0, w: 1, h: 1 })}`,
      ...lines,
    ].join('\n');
  };

  const tap = (w: TestWorld, x: number, y: number): void => {
    const hit = current(w).find((e) => frameContains(e.frame, x, y));
    if (!hit) return;
    if (hit.on.kind === 'open') state.screen = hit.on.section;
    else if (hit.on.kind === 'back') state.screen = 'home';
    else if (state.screen === w.targetSection && hit.label === w.target) state.activated = true;
  };

  const result = (text: string, isError: boolean): StepResult => ({
    result: { text, isError },
    reward: 0,
    terminated: false,
    truncated: state.steps >= maxSteps,
    info: { clockMs: state.clockMs, success: state.activated },
  });

  return {
    catalog,
    tools,
    reset(reset: ResetOptions): ResetResult {
      world = generateTestWorld(reset.seed, reset.platform);
      state = { screen: 'home', activated: false, steps: 0, clockMs: 0 };
      const section = world.sections[world.targetSection]?.title ?? '';
      const task: Task = {
        id: `${testTapFamily}/${world.platform}/${reset.seed}`,
        family: reset.family ?? testTapFamily,
        platform: world.platform,
        pack: reset.pack ?? 'test-core',
        app: world.app,
        difficulty: 'easy',
        goal: `In ${world.app}, open "${section}" and tap "${world.target}".`,
        params: { app: world.app, platform: world.platform, section, target: world.target },
        privileged: { section, target: world.target },
      };
      return {
        task,
        observation: `${world.app} is open on the device.`,
        info: { seed: reset.seed, injections: [], clockMs: 0 },
      };
    },
    step(call: ToolCall): StepResult {
      if (!world) throw new Error('createTestTapEnv: step() before reset()');
      state.steps += 1;
      state.clockMs += 250;
      const args = call.arguments;
      if (call.name === 'list-devices') {
        return result(`Devices:\n  ${world.udid}  Booted  (${world.platform})`, false);
      }
      if (call.name !== 'describe' && call.name !== 'gesture-tap') {
        return result(`Error: tool ${call.name} is not available on this device.`, true);
      }
      if (args.udid !== world.udid)
        return result(`Error: no device with udid ${String(args.udid)}.`, true);
      if (call.name === 'describe') return result(describe(world), false);
      if (typeof args.x !== 'number' || typeof args.y !== 'number') {
        return result('Error: gesture-tap needs numeric x and y.', true);
      }
      tap(world, args.x, args.y);
      return result(JSON.stringify({ tapped: true, timestampMs: state.clockMs }), false);
    },
    isSuccess: () => state.activated,
    snapshot: () => ({ ...state, __forgeEnvSnapshot: true }) as EnvSnapshot,
    restore(snapshot: EnvSnapshot) {
      const s = snapshot as unknown as State;
      state = { screen: s.screen, activated: s.activated, steps: s.steps, clockMs: s.clockMs };
    },
  };
}
