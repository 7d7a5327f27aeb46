import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameCenter } from './frame-center.js';

describe('frameCenter', () => {
  it('returns the centre of the frame', () => {
    expect(frameCenter({ x: 0.1, y: 0.2, w: 0.4, h: 0.1 })).toEqual({ x: 0.3, y: 0.25 });
  });

  it('lies inside any frame at least 0.002 wide and tall', () => {
    const unit = fc.double({ min: 0, max: 0.9, noNaN: true });
    const size = fc.double({ min: 0.002, max: 0.1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, size, size, (x, y, w, h) => {
        const c = frameCenter({ x, y, w, h });
        expect(c.x).toBeGreaterThanOrEqual(x);
        expect(c.x).toBeLessThanOrEqual(x + w);
        expect(c.y).toBeGreaterThanOrEqual(y);
        expect(c.y).toBeLessThanOrEqual(y + h);
      }),
    );
  });
});
