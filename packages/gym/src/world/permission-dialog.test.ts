import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from './model.js';
import { permissionDialogLayout } from './permission-dialog.js';
import type { DeviceState } from './state.js';

const models = {
  ios: ['iPhone 16 Pro', 'iPhone 15 Pro Max', 'iPhone SE (3rd generation)', 'iPhone 16'],
  android: ['Pixel_8_API_35', 'Small_Phone_API_34', 'Pixel_9_Pro_API_35', 'Medium_Phone_API_35'],
} as const;

const device = (platform: 'ios' | 'android', name: string) => ({ platform, name }) as DeviceState;
const inside = (f: Frame) => f.x >= 0 && f.y >= 0 && f.x + f.w <= 1 && f.y + f.h <= 1;
const overlap = (a: Frame, b: Frame) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('permission dialog layout', () => {
  it('keeps both buttons on screen, apart and of positive size on every model and title', () => {
    const arb = fc.oneof(
      fc.record({ platform: fc.constant('ios' as const), name: fc.constantFrom(...models.ios) }),
      fc.record({
        platform: fc.constant('android' as const),
        name: fc.constantFrom(...models.android),
      }),
    );
    fc.assert(
      fc.property(arb, fc.string({ minLength: 10, maxLength: 120 }), (d, title) => {
        const { deny, allow, message } = permissionDialogLayout(
          device(d.platform, d.name),
          title,
          `${title} because it needs it`,
        );
        for (const f of [deny, allow, message]) {
          expect(inside(f)).toBe(true);
          expect(f.w).toBeGreaterThan(0);
          expect(f.h).toBeGreaterThan(0);
        }
        expect(overlap(deny, allow)).toBe(false);
        expect(overlap(message, deny) || overlap(message, allow)).toBe(false);
      }),
    );
  });

  it('moves the buttons with the device and the title length', () => {
    const title = '“Harbor Tune” Would Like to Access the Camera';
    const points = new Set<string>();
    for (const name of models.ios)
      for (const t of [title, `${title} and Microphone for video calls`]) {
        const { allow } = permissionDialogLayout(
          device('ios', name),
          t,
          'Nimbus uses your camera.',
        );
        points.add(`${allow.x},${allow.y}`);
      }
    // Models of near-equal height may round to the same point; most must differ.
    expect(points.size).toBeGreaterThanOrEqual(6);
  });
});
