import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { createAgent } from '../families/solutions/agent.js';

const env = createEnv();

/** A Chromium drag-gesture episode on a slider, with the slider's describe line. */
function onSlider(seed: number) {
  env.reset({ seed, family: 'drag-gesture', platform: 'chromium', injections: 'none' });
  const a = createAgent(env);
  a.start();
  a.reach((a.p.path as string[]) ?? []);
  const el = a.find(String(a.p.targetId));
  if (!el) throw new Error('slider not on screen');
  const value = () => a.find(String(a.p.targetId))?.value;
  return { a, el, value };
}

// A model can only place a slider's handle from what describe prints: the
// slider's frame and its value. The simulated slider used to map the drag's
// end x on the whole viewport (value = toX × 100), so the value 30 sat at
// x = 0.3 whatever the frame said, and the expert's toX came from nowhere.
describe('a web slider takes its value from where the drag ends on its frame', () => {
  it('the end x at 30% of the frame sets 30, the ends set 0 and 100', () => {
    for (const seed of [1, 2, 3]) {
      const { a, el, value } = onSlider(seed);
      const { x, y, w, h } = el.frame;
      const cy = y + h / 2;
      const drag = (fromX: number, toX: number) =>
        a.dev('gesture-drag', { fromX, fromY: cy, toX, toY: cy, durationMs: 400 });
      drag(x + w / 2, x + 0.3 * w);
      expect(value(), `seed ${seed}, frame ${JSON.stringify(el.frame)}`).toBe('30');
      drag(x + 0.3 * w, Math.max(0, x - 0.01));
      expect(value()).toBe('0');
      drag(x + 0.01, Math.min(1, x + w + 0.01));
      expect(value()).toBe('100');
    }
  });

  it('a drag that starts off the slider leaves it alone', () => {
    const { a, el, value } = onSlider(1);
    const before = value();
    const cy = el.frame.y + el.frame.h / 2;
    a.dev('gesture-drag', { fromX: 0.005, fromY: cy, toX: 0.9, toY: cy, durationMs: 400 });
    expect(value()).toBe(before);
  });
});
