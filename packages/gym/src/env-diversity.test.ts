import type { JsonObject } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createEnv } from './env.js';
import { formatFrame } from './observe/describe-format.js';
import { type DescribedElement, parseDescribe } from './observe/describe-parse.js';
import { frameCenter } from './observe/geometry.js';
import { createRng, deriveSeed } from './rng.js';

/**
 * Diversity as an agent meets it: what `describe` shows over many episodes
 * of the built-in packs, not what the packs could generate. Each episode
 * opens its app and takes a short random walk with no expert, so the
 * counts include screens behind the first one.
 */
const episodes = 10_000;
const walkSteps = 6;

/** Two FNV-1a lanes: a 64-bit key per describe text, so the set holds no long strings. */
function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

function measure(): { screens: number; frames: number; describes: number } {
  const env = createEnv();
  const screens = new Set<string>();
  const frames = new Set<string>();
  let describes = 0;
  for (let i = 0; i < episodes; i += 1) {
    const seed = deriveSeed('env-diversity', i);
    const { task } = env.reset({ seed });
    const walk = createRng(deriveSeed('walk', seed));
    const udid = String(task.privileged.udid);
    const appId = String(task.privileged.appId);
    const web = task.platform === 'chromium';
    let n = 0;
    const call = (name: string, args: JsonObject) =>
      env.step({ id: `w${n++}`, name, arguments: { udid, ...args } }).result;
    let seen: readonly DescribedElement[] = [];
    if (web) call('open-url', { url: `https://${appId}/` });
    else call('launch-app', { bundleId: appId });
    for (let step = 0; step < walkSteps; step += 1) {
      const move = seen.length === 0 ? 0 : walk.int(0, 4);
      if (move === 0 || move === 1) {
        const result = call('describe', {});
        const parsed = result.isError ? undefined : parseDescribe(result.text);
        if (!parsed?.success) continue;
        describes += 1;
        screens.add(textKey(result.text));
        for (const el of parsed.value.elements) frames.add(formatFrame(el.frame));
        seen = parsed.value.elements;
      } else if (move === 2) {
        call('gesture-tap', frameCenter(walk.pick(seen).frame));
        seen = [];
      } else if (move === 3 && !web) {
        call('button', { button: 'back' });
        seen = [];
      } else if (web) {
        call('gesture-scroll', { x: 0.5, y: 0.5, deltaY: walk.pick([0.3, 0.6, -0.3]) });
        seen = [];
      } else {
        const up = walk.chance(0.75);
        call('gesture-swipe', { fromX: 0.5, fromY: up ? 0.7 : 0.4, toX: 0.5, toY: up ? 0.4 : 0.7 });
        seen = [];
      }
    }
  }
  return { screens: screens.size, frames: frames.size, describes };
}

describe('diversity seen through the env (10,000 episodes, built-in packs)', () => {
  const counts = measure();
  // Printed so the numbers can be quoted; the assertions below are the contract.
  console.log('env diversity', JSON.stringify(counts));

  it('shows at least 5,000 distinct screens (describe texts)', () => {
    expect(counts.screens).toBeGreaterThanOrEqual(5_000);
  });

  it('shows at least 20,000 distinct element frames', () => {
    expect(counts.frames).toBeGreaterThanOrEqual(20_000);
  });
});
