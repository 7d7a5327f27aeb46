import { formatDeviceList } from '@forge/gym';
import type { HistoryStep, Task, ToolResult } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicesFor } from './choices.js';
import { chooseDevice } from './device.js';
import { seenOf } from './observations.js';
import { locate } from './reach.js';
import { readHistory } from './read-history.js';
import { changesScreen } from './screen-changes.js';

const head =
  'Source: uiautomator\nMode: nested (children indented under their container)\nFrames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)\nROOT (0.000, 0.000, 1.000, 1.000)';
const screen = (...lines: string[]): ToolResult => ({
  text: [head, ...lines].join('\n'),
  isError: false,
});
const row = (id: string, label: string, y: number) =>
  `    android.widget.Button "${label}" id="${id}" [clickable] (0.100, ${y.toFixed(3)}, 0.800, 0.060)`;

const task: Task = {
  id: 't',
  family: 'navigate-tap',
  platform: 'android',
  pack: 'p',
  app: 'A',
  difficulty: 'easy',
  goal: '',
  params: {},
  privileged: { udid: 'emulator-5554', avd: null, appId: 'com.a' },
};

const step = (name: string, args: Record<string, number | string>, result: ToolResult) =>
  ({ calls: [{ id: 'c', name, arguments: args }], results: [result] }) as HistoryStep;

describe('reading observations', () => {
  it('normalizes describe: ids, tap centres, hidden rows, keyboard and dialogs', () => {
    const seen = seenOf(
      'describe',
      screen(
        '  android.widget.ScrollView "" [scrollable, scrollHidden=4] (0.000, 0.100, 1.000, 0.800)',
        row('a', 'Alpha', 0.2),
        '  android.inputmethodservice.KeyboardView "Keyboard" (0.000, 0.620, 1.000, 0.380)',
      ),
    );
    expect(seen?.byId.get('a')?.tap).toEqual({ x: 0.5, y: 0.23 });
    expect(seen?.hidden).toBe(4);
    expect(seen?.keyboard).toBe(true);
    expect(seen?.inApp).toBe(true);
  });

  it('treats a screen without ids (a launcher) as outside the app', () => {
    const seen = seenOf(
      'describe',
      screen('  android.widget.TextView "Maps" [clickable] (0.060, 0.080, 0.170, 0.090)'),
    );
    expect(seen?.inApp).toBe(false);
  });

  it('returns nothing for an error or another tool’s text', () => {
    expect(seenOf('describe', { text: 'boom', isError: true })).toBeUndefined();
    expect(seenOf('describe', { text: '{"ok":true}', isError: false })).toBeUndefined();
  });
});

describe('judging taps from the next discovery', () => {
  const first = screen(row('a', 'Alpha', 0.2), row('b', 'Beta', 0.3));
  const tapB = step(
    'gesture-tap',
    { udid: 'emulator-5554', x: 0.5, y: 0.33 },
    {
      text: '{"tapped":true}',
      isError: false,
    },
  );

  it('calls a tap missed when the screen reads the same after it', () => {
    const history = [
      step('describe', { udid: 'emulator-5554' }, first),
      tapB,
      step(
        'describe',
        { udid: 'emulator-5554' },
        screen(row('a', 'Alpha', 0.2), row('b', 'Beta', 0.3)),
      ),
    ];
    const state = readHistory(task, history);
    expect(state.missed.b).toBe(true);
    expect(state.landed.b).toBeUndefined();
  });

  it('calls a tap landed when the screen changed', () => {
    const history = [
      step('describe', { udid: 'emulator-5554' }, first),
      tapB,
      step('describe', { udid: 'emulator-5554' }, screen(row('c', 'Gamma', 0.2))),
    ];
    expect(readHistory(task, history).landed.b).toBe(true);
  });

  it('calls a tap a wrong turn when the new screen is named after the row above the target', () => {
    const history = [
      step('describe', { udid: 'emulator-5554' }, first),
      tapB,
      step('describe', { udid: 'emulator-5554' }, screen(row('alpha-title', 'Alpha', 0.05))),
    ];
    const state = readHistory(task, history);
    expect(state.wrongTurn).toBe(true);
    expect(state.missed.b).toBe(true);
  });

  it('calls a tap a wrong turn when the new screen shares a word with the row above, none with the target', () => {
    const from = screen(row('area', 'View area', 0.2), row('details', 'More details', 0.3));
    // Fresh steps each time: readHistory memoizes by step object.
    const judge = (after: ToolResult) =>
      readHistory(task, [
        step('describe', { udid: 'emulator-5554' }, from),
        step(
          'gesture-tap',
          { udid: 'emulator-5554', x: 0.5, y: 0.33 },
          { text: '{}', isError: false },
        ),
        step('describe', { udid: 'emulator-5554' }, after),
      ]);
    const wrong = judge(screen(row('area-title', 'Ghent Gallery area', 0.05)));
    expect(wrong.wrongTurn).toBe(true);
    expect(wrong.missed.details).toBe(true);
    const right = judge(screen(row('details-title', 'Gallery details', 0.05)));
    expect(right.wrongTurn).toBe(false);
    expect(right.landed.details).toBe(true);
  });

  describe('in an onboarding carousel, whose last page names no Next', () => {
    const text = (id: string, label: string, y: number) =>
      `    android.widget.TextView "${label}" id="${id}" (0.100, ${y.toFixed(3)}, 0.800, 0.040)`;
    const page = (n: number, ...rows: string[]) =>
      screen(text(`p${n}-step`, `${n} of 3`, 0.1), ...rows);
    const tapAt = (y: number) =>
      step('gesture-tap', { udid: 'emulator-5554', x: 0.5, y }, { text: '{}', isError: false });
    const judge = (tapped: number, after: ToolResult) =>
      readHistory(task, [
        step(
          'describe',
          { udid: 'emulator-5554' },
          page(2, row('p2-next', 'Next', 0.2), row('p2-skip', 'Not now', 0.3)),
        ),
        tapAt(tapped),
        step('describe', { udid: 'emulator-5554' }, after),
      ]);
    const lastPage = page(3, row('p3-done', 'Finish', 0.2));

    it('calls a skip that moved on one page a wrong turn onto Next', () => {
      const state = judge(0.33, lastPage);
      expect(state.wrongTurn).toBe(true);
      expect(state.missed['p2-skip']).toBe(true);
    });

    it('calls Next that moved on one page landed', () => {
      const state = judge(0.23, lastPage);
      expect(state.wrongTurn).toBe(false);
      expect(state.landed['p2-next']).toBe(true);
    });

    it('calls a skip that left the carousel landed', () => {
      const state = judge(0.33, screen(row('home-tour', 'Take the tour', 0.2)));
      expect(state.wrongTurn).toBe(false);
      expect(state.landed['p2-skip']).toBe(true);
    });
  });

  it('keeps a discovery fresh through reads and typing, not through taps', () => {
    const history = [step('describe', { udid: 'emulator-5554' }, first)];
    expect(readHistory(task, history).fresh).toBe(true);
    const typed = [...history, step('keyboard', { udid: 'emulator-5554', text: 'hi' }, first)];
    expect(readHistory(task, typed).fresh).toBe(true);
    expect(readHistory(task, [...history, tapB]).fresh).toBe(false);
    expect(changesScreen('keyboard', { key: 'Return' })).toBe(true);
    expect(changesScreen('debugger-status', {})).toBe(false);
  });
});

describe('choosing the device', () => {
  const state = (devices: string) =>
    readHistory(task, [step('list-devices', {}, { text: devices, isError: false })]);
  const listing = (booted: boolean) =>
    formatDeviceList({
      devices: [
        {
          udid: 'emulator-5554',
          name: 'Pixel',
          platform: 'android',
          booted,
          avd: 'Pixel_API_35',
          osVersion: '15',
        },
        {
          udid: 'chromium-cdp-9222',
          name: 'Chromium',
          platform: 'chromium',
          booted: true,
          avd: null,
          osVersion: 'x',
        },
      ],
      update: { available: null, applied: false, snoozedHours: 0, current: '1' },
    } as never);

  it('uses the named device when it is running', () => {
    expect(chooseDevice(task, state(listing(true)))).toEqual({
      udid: 'emulator-5554',
      boot: undefined,
    });
  });

  it('boots the named AVD when it is not running, never picking another platform', () => {
    const t = { ...task, privileged: { ...task.privileged, avd: 'Pixel_API_35' } };
    const s = readHistory(t, [step('list-devices', {}, { text: listing(false), isError: false })]);
    expect(chooseDevice(t, s)).toEqual({ udid: undefined, boot: { avdName: 'Pixel_API_35' } });
  });
});

describe('locating the screen on a path', () => {
  it('prefers the goal screen, then the deepest path element', () => {
    const seen = seenOf('describe', screen(row('p0', 'Open', 0.2), row('p1', 'More', 0.3)));
    if (!seen) throw new Error('unparsed');
    expect(locate(seen, ['p0', 'p1', 'p2'], ['t'])).toBe(1);
    expect(locate(seen, ['x'], ['p0'])).toBe(1);
    expect(locate(seen, ['x'], ['y'])).toBe(-1);
  });
});

describe('episode choices', () => {
  it('are stable for a seed and stay within the allowed ranges', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const c = choicesFor(seed);
        expect(choicesFor(seed)).toEqual(c);
        expect(c.swipeDistance).toBeGreaterThanOrEqual(0.3);
        expect(c.swipeDistance).toBeLessThanOrEqual(0.5);
        expect(c.swipeStart - c.swipeDistance).toBeGreaterThan(0.1);
      }),
    );
  });
});
