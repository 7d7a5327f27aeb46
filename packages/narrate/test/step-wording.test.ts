import type { EpisodeDraft, JsonObject } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrateRng } from '../src/internal/rng.js';
import { writeStepText } from '../src/steps/step-text.js';
import { makeDraft } from './draft-factory.js';

function oneStep(name: string, args: JsonObject, kind?: string): EpisodeDraft {
  const base = makeDraft(1, 'navigate-tap');
  return {
    ...base,
    steps: [
      {
        calls: [{ id: 'c1', name, arguments: args }],
        results: [{ text: '{}', isError: false }],
        ...(kind ? { intent: { kind } } : {}),
      },
    ],
  };
}

const quote = (text: string) => `"${text}"`;
const text = (draft: EpisodeDraft, seed: number) =>
  writeStepText({ draft, index: 0, rng: createNarrateRng(seed, 'step'), quote });

describe('step texts describe the call they precede', () => {
  it('a swipe is named by the way the finger moves ("Swiping up" came before leftward swipes)', () => {
    const coord = fc.double({ min: 0.05, max: 0.95, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.nat(), (fromX, fromY, toX, toY, seed) => {
        const dx = toX - fromX;
        const dy = toY - fromY;
        fc.pre(Math.abs(dx) > 0.05 || Math.abs(dy) > 0.05);
        const said = text(oneStep('gesture-swipe', { udid: 'u', fromX, fromY, toX, toY }), seed);
        const way =
          Math.abs(dx) > Math.abs(dy) ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'up' : 'down';
        for (const other of ['up', 'down', 'left', 'right'].filter((w) => w !== way))
          expect(said).not.toMatch(new RegExp(`\\bswiping ${other}\\b`, 'i'));
      }),
      { numRuns: 500 },
    );
  });

  it('a swipe direction reads as a phrase ("Swiping left the screen" lacked its preposition)', () => {
    const coord = fc.double({ min: 0.05, max: 0.95, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.nat(), (fromX, fromY, toX, toY, seed) => {
        const said = text(oneStep('gesture-swipe', { udid: 'u', fromX, fromY, toX, toY }), seed);
        expect(said).not.toMatch(/\bswiping (up|down|left|right) the\b/i);
      }),
      { numRuns: 300 },
    );
  });

  it('a Chromium target is never called a simulator ("Stopping every simulator server." after a Chromium-only episode)', () => {
    const onPlatform = (draft: EpisodeDraft, platform: 'chromium' | 'ios'): EpisodeDraft => ({
      ...draft,
      task: { ...draft.task, platform },
    });
    const said = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const all = text(onPlatform(oneStep('stop-all-simulator-servers', {}), 'chromium'), seed);
      const one = text(oneStep('stop-simulator-server', { udid: 'chromium-cdp-9222' }), seed);
      expect(all).not.toMatch(/simulator/i);
      expect(one).not.toMatch(/simulator/i);
      said.add(text(onPlatform(oneStep('stop-all-simulator-servers', {}), 'ios'), seed));
    }
    // On a simulator the wording is still allowed.
    expect([...said].some((t) => /simulator/.test(t))).toBe(true);
  });

  it('putting off a prompt claims no offer (a one-button "Continue" or "Got it" sheet has none)', () => {
    for (let seed = 0; seed < 300; seed += 1)
      for (const label of ['Continue', 'Got it', 'Close']) {
        const draft = oneStep('gesture-tap', { udid: 'u', x: 0.5, y: 0.8 }, 'dismiss-prompt');
        const step = { ...draft.steps[0], intent: { kind: 'dismiss-prompt', detail: { label } } };
        const task = { ...draft.task, params: { ...draft.task.params, hint: label } };
        expect(text({ ...draft, task, steps: [step] } as EpisodeDraft, seed)).not.toMatch(/offer/i);
      }
  });

  it('a step of two calls whose texts open with the same verb joins them ("Starting the native profiler. Starting the React profiler.")', () => {
    const base = makeDraft(1, 'profile-performance');
    for (let seed = 0; seed < 300; seed += 1) {
      const draft: EpisodeDraft = {
        ...base,
        steps: [
          {
            calls: [
              { id: 'c1', name: 'native-profiler-start', arguments: { udid: 'u' } },
              { id: 'c2', name: 'react-profiler-start', arguments: { port: 8081 } },
            ],
            results: [
              { text: '{}', isError: false },
              { text: '{}', isError: false },
            ],
          },
        ],
      };
      const said = text(draft, seed);
      const [first, second] = said.split(/(?<=\.) /);
      if (second !== undefined) expect(second.split(' ')[0]).not.toBe(first?.split(' ')[0]);
    }
  });

  it('starting over on purpose is not called a crash or the app going away', () => {
    for (let seed = 0; seed < 200; seed += 1)
      for (const name of ['restart-app', 'open-url']) {
        const said = text(
          oneStep(
            name,
            { udid: 'u', bundleId: 'com.example.app', url: 'https://x.example/' },
            'start-over',
          ),
          seed,
        );
        expect(said).not.toMatch(/crash|went away/i);
        expect(said).toMatch(/start|restart|over/i);
      }
  });

  it('a mouse-wheel scroll is never called swiping ("Swiping further down the list" came before Chromium wheel scrolls)', () => {
    const wheel = { udid: 'chromium-cdp-9222', x: 0.5, y: 0.5, deltaX: 0, deltaY: 600 };
    const saw = new Set<string>();
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (seed, sequence) => {
        const draft = sequence
          ? oneStep(
              'run-sequence',
              { udid: 'u', steps: [{ tool: 'gesture-scroll', args: wheel }] },
              'scroll',
            )
          : oneStep('gesture-scroll', wheel, 'scroll');
        const said = text(draft, seed);
        saw.add(said);
        expect(said).not.toMatch(/swip/i);
      }),
      { numRuns: 300 },
    );
    expect(saw.size).toBeGreaterThan(1);
    const swipe = { udid: 'u', fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.3 };
    const swiping = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1)
      swiping.add(text(oneStep('gesture-swipe', swipe, 'scroll'), seed));
    expect([...swiping].some((t) => /^Swiping further/.test(t))).toBe(true);
  });

  // android-boot lists the devices again after booting, and that second
  // list was narrated "Checking the available devices first." or "First,
  // the device list." (60 of 2,950 episodes, seed 11).
  it('only the first device list of an episode is called the first', () => {
    const list = {
      calls: [{ id: 'c1', name: 'list-devices', arguments: {} }],
      results: [{ text: '{}', isError: false }],
    };
    const boot = {
      calls: [{ id: 'c2', name: 'boot-device', arguments: { avdName: 'Pixel_7' } }],
      results: [{ text: '{}', isError: false }],
    };
    const said = { first: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (seed, intent) => {
        const step = intent ? { ...list, intent: { kind: 'list-devices' } } : list;
        const draft = { ...makeDraft(1, 'android-boot'), steps: [step, boot, step] };
        const rng = createNarrateRng(seed, 'step');
        const at = (index: number) => writeStepText({ draft, index, rng, quote });
        if (/\bfirst\b/i.test(at(0))) said.first += 1;
        expect(at(2)).not.toMatch(/\b(first|starting with)\b/i);
      }),
      { numRuns: 500 },
    );
    // The first list still may say so.
    expect(said.first).toBeGreaterThan(0);
  });

  // A describe that failed was retried as the same describe, narrated "so
  // I'll use a different source" or "trying another way to read the
  // screen" (121 of 144 recoveries, seed 11).
  it('a retry of the very call that failed is not called a different way', () => {
    const step = (name: string, isError: boolean, kind?: string) => ({
      calls: [{ id: 'c', name, arguments: { udid: 'u' } }],
      results: [{ text: isError ? 'Error: describe failed' : '{}', isError }],
      ...(kind ? { intent: { kind } } : {}),
    });
    const other = { said: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (seed, same) => {
        const retry = same ? 'describe' : 'native-describe-screen';
        const steps = [step('describe', true, 'discover'), step(retry, false, 'recover-discovery')];
        const draft = { ...makeDraft(1, 'navigate-tap'), steps };
        const said = writeStepText({ draft, index: 1, rng: createNarrateRng(seed, 'step'), quote });
        const claims = /different source|another way/i.test(said);
        if (same) expect(claims).toBe(false);
        else if (claims) other.said += 1;
      }),
      { numRuns: 500 },
    );
    // Another tool is still called another way.
    expect(other.said).toBeGreaterThan(0);
  });
});
