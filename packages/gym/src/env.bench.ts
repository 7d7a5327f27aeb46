import { bench, describe } from 'vitest';
import { createEnv } from './env.js';
import { fixturePack } from './testing/fixture-apps.js';

const env = createEnv({ packs: [fixturePack] });
let seed = 0;

describe('gym', () => {
  bench('reset', () => {
    env.reset({ seed: seed++ });
  });

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

  bench('episode (reset + 10 steps)', () => {
    const r = env.reset({ seed: seed++ });
    const u = String(r.task.privileged.udid);
    const open =
      r.task.platform === 'chromium'
        ? {
            id: '1',
            name: 'open-url',
            arguments: { udid: u, url: `https://${String(r.task.privileged.appId)}/` },
          }
        : {
            id: '1',
            name: 'launch-app',
            arguments: { udid: u, bundleId: String(r.task.privileged.appId) },
          };
    env.step({ id: '0', name: 'list-devices', arguments: {} });
    env.step(open);
    for (let k = 0; k < 4; k += 1) {
      env.step({ id: 'd', name: 'describe', arguments: { udid: u } });
      env.step({
        id: 't',
        name: 'gesture-tap',
        arguments: { udid: u, x: 0.5, y: 0.19 + k * 0.09 },
      });
    }
  });
});
