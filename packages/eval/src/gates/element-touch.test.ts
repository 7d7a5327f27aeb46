import { defaultCatalog, type JsonObject } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { touchesElement } from './element-touch.js';

const catalog = defaultCatalog();
const call = (name: string, args: JsonObject) => ({ id: 'c', name, arguments: args });
const udid = 'emulator-5554';
const tap = { type: 'Down', x: 0.5, y: 0.5 };
const lift = (x: number, y: number) => ({ type: 'Up', x, y, delayMs: 800 });

// Drags are left out on purpose: whether their start is grounded is
// validate's call to make, and touchesElement follows whatever it decides.
describe('touchesElement: the calls validate’s grounding gate judges', () => {
  it.each([
    ['gesture-tap', call('gesture-tap', { udid, x: 0.5, y: 0.5 }), true],
    [
      'a gesture-custom long press',
      call('gesture-custom', { udid, events: [tap, lift(0.5, 0.5)] }),
      true,
    ],
    [
      'debugger-inspect-element',
      call('debugger-inspect-element', { device_id: udid, x: 0.2, y: 0.3 }),
      true,
    ],
    [
      'a run-sequence that taps after a swipe',
      call('run-sequence', {
        udid,
        steps: [
          { tool: 'gesture-swipe', args: { fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.2 } },
          { tool: 'gesture-tap', args: { x: 0.5, y: 0.5 } },
        ],
      }),
      true,
    ],
    [
      'gesture-swipe',
      call('gesture-swipe', { udid, fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.2 }),
      false,
    ],
    [
      'gesture-pinch',
      call('gesture-pinch', {
        udid,
        centerX: 0.5,
        centerY: 0.5,
        startDistance: 0.2,
        endDistance: 0.6,
      }),
      false,
    ],
    [
      'gesture-rotate',
      call('gesture-rotate', { udid, centerX: 0.5, centerY: 0.5, radius: 0.2, angle: 90 }),
      false,
    ],
    [
      'a run-sequence of swipes',
      call('run-sequence', {
        udid,
        steps: [{ tool: 'gesture-swipe', args: { fromX: 0.8, fromY: 0.5, toX: 0.2, toY: 0.5 } }],
      }),
      false,
    ],
    ['describe', call('describe', { udid }), false],
    ['a tap without coordinates', call('gesture-tap', { udid }), false],
  ])('%s → %s', (_what, c, expected) => {
    expect(touchesElement(c, catalog)).toBe(expected);
  });
});
