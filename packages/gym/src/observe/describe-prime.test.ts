import type { Platform } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { deriveSeed } from '../rng.js';
import { solve } from '../testing/scripted-solver.js';
import type { ScreenView } from '../world/view.js';
import { viewOf } from '../world/view.js';
import { formatDescribe } from './describe-format.js';
import { parseDescribe, parseUncached } from './describe-parse.js';
import { describedView } from './describe-prime.js';

/** The primed result must be the parser's, to the key order. */
function expectSameAsParser(view: ScreenView, platform: Platform): void {
  const text = formatDescribe(view, platform);
  const parsed = parseUncached(text);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const built = describedView(view, platform);
  expect(built).toStrictEqual(parsed.value);
  expect(JSON.stringify(built)).toBe(JSON.stringify(parsed.value));
}

describe('describedView', () => {
  it('is what parsing the printed describe gives, on every screen of 400 played episodes', () => {
    const env = createEnv();
    let views = 0;
    const step = env.step.bind(env);
    // Before every call the player makes, check each booted device's screen.
    env.step = (call) => {
      for (const device of env.world.state.devices) {
        if (!device.booted) continue;
        expectSameAsParser(viewOf(env.world, device), device.platform);
        views += 1;
      }
      return step(call);
    };
    for (let i = 0; i < 400; i += 1) {
      env.reset({ seed: deriveSeed('describe-prime', i) });
      // The scripted player does not win every episode of the built-in
      // packs with injections; the screens it saw on the way still count.
      try {
        solve(env);
      } catch {}
    }
    expect(views).toBeGreaterThan(2_000);
  });

  it('is what the describe tool enters in the parse cache', () => {
    const env = createEnv();
    const { task } = env.reset({ seed: 7 });
    const udid = String(task.privileged.udid);
    const result = env.step({ id: 'c1', name: 'describe', arguments: { udid } }).result;
    const parsed = parseUncached(result.text);
    expect(parseDescribe(result.text)).toStrictEqual(parsed);
  });

  it('enters nothing for a frame the parser could not read back', () => {
    const view: ScreenView = {
      kind: 'blank',
      app: null,
      screen: null,
      title: '',
      dialog: null,
      nodes: [
        {
          id: 'x',
          role: 'text',
          label: 'far',
          value: undefined,
          frame: { x: 1e30, y: 0, w: 1, h: 1 },
          depth: 1,
          flags: [],
          el: null,
          hittable: true,
          component: undefined,
        },
      ],
    };
    expect(describedView(view, 'ios')).toBeUndefined();
  });
});
