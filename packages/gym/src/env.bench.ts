import type { ToolCall } from '@forge/spec';
import { bench, describe } from 'vitest';
import { createEnv, type GymEnv } from './env.js';
import { fixturePack } from './testing/fixture-apps.js';

/** Ten calls an expert might make: list, open, then describe and tap four times. */
function playTenSteps(env: GymEnv): void {
  const task = env.task;
  const udid = String(task.privileged.udid);
  const appId = String(task.privileged.appId);
  const open: ToolCall =
    task.platform === 'chromium'
      ? { id: '1', name: 'open-url', arguments: { udid, url: `https://${appId}/` } }
      : { id: '1', name: 'launch-app', arguments: { udid, bundleId: appId } };
  env.step({ id: '0', name: 'list-devices', arguments: {} });
  env.step(open);
  for (let k = 0; k < 4; k += 1) {
    env.step({ id: 'd', name: 'describe', arguments: { udid } });
    env.step({ id: 't', name: 'gesture-tap', arguments: { udid, x: 0.5, y: 0.19 + k * 0.09 } });
  }
}

/** Reset and episode benches over one env; seeds never repeat, so no app is reused. */
function resetBenches(name: string, env: GymEnv): void {
  // Warm up first: each family's first reset probes the packs once per process (internal/pack-probe).
  for (let s = 0; s < 400; s += 1) env.reset({ seed: 1_000_000_000 + s });
  let seed = 0;
  // Replays: seeds whose apps the memo (internal/app-source) already holds, as the replay gate finds them.
  const replays = Array.from({ length: 16 }, (_, i) => 2_000_000_000 + i);
  for (const s of replays) env.reset({ seed: s });
  let replay = 0;
  describe(name, () => {
    bench('reset', () => {
      env.reset({ seed: seed++ });
    });
    bench('reset of a replayed seed (app from the memo)', () => {
      env.reset({ seed: replays[replay++ % replays.length] as number });
    });
    bench('episode (reset + 10 steps)', () => {
      env.reset({ seed: seed++ });
      playTenSteps(env);
    });
    bench('replayed episode (same seed reset twice + 10 steps each)', () => {
      const s = seed++;
      env.reset({ seed: s });
      playTenSteps(env);
      env.reset({ seed: s });
      playTenSteps(env);
    });
  });
}

resetBenches('gym: built-in packs', createEnv());
// Apps repeat: 16 app seeds per pack request, generated once (see EnvOptions.appPool).
resetBenches('gym: built-in packs, appPool 16', createEnv({ appPool: 16 }));
resetBenches('gym: fixture pack', createEnv({ packs: [fixturePack] }));

describe('gym: steps', () => {
  const env = createEnv({ packs: [fixturePack] });
  const { task } = env.reset({
    seed: 1,
    family: 'navigate-tap',
    platform: 'ios',
    injections: 'none',
  });
  const udid = String(task.privileged.udid);
  env.step({
    id: 'l',
    name: 'launch-app',
    arguments: { udid, bundleId: String(task.privileged.appId) },
  });
  const calls = [
    { id: 'a', name: 'describe', arguments: { udid } },
    { id: 'b', name: 'gesture-tap', arguments: { udid, x: 0.5, y: 0.37 } },
    {
      id: 'c',
      name: 'gesture-swipe',
      arguments: { udid, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 },
    },
    { id: 'd', name: 'button', arguments: { udid, button: 'home' } },
    { id: 'e', name: 'launch-app', arguments: { udid, bundleId: String(task.privileged.appId) } },
  ];
  let i = 0;
  bench('step (mixed calls, validated)', () => {
    env.step(calls[i++ % calls.length] ?? { id: 'x', name: 'list-devices', arguments: {} });
  });
});
