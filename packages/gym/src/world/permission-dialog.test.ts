import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from './model.js';
import { permissionDialogLayout } from './permission-dialog.js';
import type { DeviceState } from './state.js';

const models = {
  ios: ['iPhone 16 Pro', 'iPhone 15 Pro Max', 'iPhone SE (3rd generation)', 'iPhone 16'],
  android: ['Pixel_8_API_35', 'Small_Phone_API_34', 'Pixel_9_Pro_API_35', 'Medium_Phone_API_35'],
} as const;

const device = (platform: 'ios' | 'android', name: string, textScale = 1, zoom = 1) =>
  ({ platform, name, display: { textScale, zoom } }) as DeviceState;
// Every step the device settings offer (devices.ts), default first.
const settings = {
  ios: { textScale: [1, 0.82, 0.88, 0.94, 1.12, 1.24, 1.35], zoom: [1, 1.07] },
  android: { textScale: [1, 0.85, 1.15, 1.3, 1.5], zoom: [1, 0.9, 1.1, 1.2] },
} as const;
const inside = (f: Frame) => f.x >= 0 && f.y >= 0 && f.x + f.w <= 1 && f.y + f.h <= 1;
// Frames that share an edge do not overlap; 1e-9 absorbs float error in x + w.
const eps = 1e-9;
const overlap = (a: Frame, b: Frame) =>
  a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;

describe('permission dialog layout', () => {
  it('keeps every button on screen, apart and of positive size on every model, title and count', () => {
    const arb = fc.oneof(
      fc.record({
        platform: fc.constant('ios' as const),
        name: fc.constantFrom(...models.ios),
        textScale: fc.constantFrom(...settings.ios.textScale),
        zoom: fc.constantFrom(...settings.ios.zoom),
      }),
      fc.record({
        platform: fc.constant('android' as const),
        name: fc.constantFrom(...models.android),
        textScale: fc.constantFrom(...settings.android.textScale),
        zoom: fc.constantFrom(...settings.android.zoom),
      }),
    );
    fc.assert(
      fc.property(
        arb,
        fc.string({ minLength: 10, maxLength: 120 }),
        fc.constantFrom(2, 3),
        (d, title, n) => {
          const { buttons, message } = permissionDialogLayout(
            device(d.platform, d.name, d.textScale, d.zoom),
            title,
            `${title} because it needs it`,
            n,
          );
          expect(buttons).toHaveLength(n);
          for (const f of [...buttons, message]) {
            expect(inside(f)).toBe(true);
            expect(f.w).toBeGreaterThan(0);
            expect(f.h).toBeGreaterThan(0);
          }
          for (const [i, a] of buttons.entries()) {
            expect(overlap(message, a)).toBe(false);
            for (const b of buttons.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          }
        },
      ),
    );
  });

  it('keeps the buttons on screen at every display setting of the smallest phones, however long the text', () => {
    // Found by the known-good property test: "Allow Indigo Beat ly to access
    // this device's location?" at font size 1.5 and display size 1.2 on
    // Small_Phone_API_34 put the third button at y 0.989, h 0.116.
    const title = "Allow Indigo Beat ly to access this device's location?";
    const message = 'Indigo Beat ly needs your location to find stores and services close to you.';
    const long = (text: string) => `${text} ${text} ${text}`;
    for (const platform of ['ios', 'android'] as const)
      for (const name of models[platform])
        for (const textScale of settings[platform].textScale)
          for (const zoom of settings[platform].zoom)
            for (const n of [2, 3])
              for (const [t, m] of [
                [title, message],
                [long(title), long(message)],
              ] as const) {
                const at = permissionDialogLayout(device(platform, name, textScale, zoom), t, m, n);
                for (const f of [...at.buttons, at.message]) {
                  expect(inside(f), `${platform} ${name} ${textScale} ${zoom} ${n}`).toBe(true);
                  expect(f.h).toBeGreaterThan(0);
                }
                for (const b of at.buttons) expect(overlap(at.message, b)).toBe(false);
              }
  });

  it('gives a dialog that fits its text in full', () => {
    const one = permissionDialogLayout(device('android', 'Pixel_8_API_35'), 'T', 'M', 2).message;
    const two = permissionDialogLayout(
      device('android', 'Pixel_8_API_35'),
      'T',
      'M '.repeat(40),
      2,
    );
    expect(two.message.h).toBeGreaterThan(one.h);
  });

  it('puts two iOS buttons side by side and stacks three, and stacks Android buttons', () => {
    const ios2 = permissionDialogLayout(device('ios', 'iPhone 16'), 'T', 'M', 2).buttons;
    expect(ios2[0]?.y).toBe(ios2[1]?.y);
    const ios3 = permissionDialogLayout(device('ios', 'iPhone 16'), 'T', 'M', 3).buttons;
    expect(new Set(ios3.map((f) => f.x)).size).toBe(1);
    expect(ios3.map((f) => f.y)).toEqual([...ios3.map((f) => f.y)].sort((a, b) => a - b));
    expect(new Set(ios3.map((f) => f.y)).size).toBe(3);
    const android = permissionDialogLayout(device('android', 'Pixel_8_API_35'), 'T', 'M', 2);
    const [top, below] = android.buttons.map((f) => f.y);
    expect(top).toBeLessThan(below ?? 0);
  });

  it('moves the buttons with the device and the title length', () => {
    const title = '“Harbor Tune” Would Like to Access the Camera';
    const points = new Set<string>();
    for (const name of models.ios)
      for (const t of [title, `${title} and Microphone for video calls`]) {
        const [, allow] = permissionDialogLayout(
          device('ios', name),
          t,
          'Nimbus uses your camera.',
          2,
        ).buttons;
        points.add(`${allow?.x},${allow?.y}`);
      }
    // Models of near-equal height may round to the same point; most must differ.
    expect(points.size).toBeGreaterThanOrEqual(6);
  });

  it('moves the buttons with the text size and display zoom on one model and title', () => {
    const title = 'Allow Harbor Tune to access your contacts?';
    for (const platform of ['ios', 'android'] as const) {
      const name = models[platform][0];
      const at = (t: number, z: number) =>
        permissionDialogLayout(device(platform, name, t, z), title, 'Harbor Tune finds friends.', 2)
          .buttons[1];
      const base = at(1, 1);
      const larger = at(settings[platform].textScale.at(-1) ?? 1, 1);
      const zoomed = at(1, settings[platform].zoom.at(-1) ?? 1);
      // Larger text makes a taller card and taller buttons, centred the same.
      expect(larger?.h).toBeGreaterThan(base?.h ?? 0);
      expect(larger?.y).not.toBe(base?.y);
      // Zoom leaves fewer points: the same card covers more of the screen.
      expect(zoomed?.h).toBeGreaterThan(base?.h ?? 0);
      const points = new Set<string>();
      for (const t of settings[platform].textScale)
        for (const z of settings[platform].zoom) points.add(`${at(t, z)?.x},${at(t, z)?.y}`);
      expect(points.size).toBeGreaterThanOrEqual(settings[platform].textScale.length);
    }
  });
});
