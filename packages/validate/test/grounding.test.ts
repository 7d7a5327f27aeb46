import { defaultCatalog } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { groundingGate } from '../src/index.js';
import { codes } from './support/context.js';
import {
  at,
  describeText,
  type HandCall,
  handRecord,
  ios,
  listed,
  web,
} from './support/hand-record.js';

const context = { catalog: defaultCatalog() };
const look: HandCall = ['describe', { udid: ios }, describeText()];
const tap = (p: { x: number; y: number }, udid = ios): HandCall => [
  'gesture-tap',
  { udid, ...p },
  '{"tapped":true}',
];
const check = (calls: readonly HandCall[]) =>
  codes(groundingGate.check(handRecord([listed, ...calls]), context));

describe('groundingGate', () => {
  it('accepts a tap on a freshly discovered element', () => {
    expect(check([look, tap(at.next)])).toEqual([]);
  });

  it('rejects a tap before any discovery', () => {
    expect(check([tap(at.next)])).toEqual(['grounding.no-discovery']);
  });

  it('rejects a tap outside every element', () => {
    expect(check([look, tap({ x: 0.9, y: 0.9 })])).toEqual(['grounding.outside-elements']);
  });

  it('takes any mobile tap as a possible screen change, so the next tap needs a new discovery', () => {
    expect(check([look, tap(at.next), tap(at.email)])).toEqual(['grounding.stale-discovery']);
    expect(check([look, tap(at.email), tap(at.next)])).toEqual(['grounding.stale-discovery']);
  });

  it('keeps the discovery after a toggle, and after a Chromium text box tap', () => {
    expect(check([look, tap(at.wifi), tap(at.next)])).toEqual([]);
    const webLook: HandCall = ['describe', { udid: web }, describeText('cdp-dom')];
    expect(
      check([
        webLook,
        tap(at.email, web),
        ['keyboard', { udid: web, text: 'a' }, '{}'],
        tap(at.next, web),
      ]),
    ).toEqual([]);
  });

  it('takes swipes, launches and closing keys as screen changes', () => {
    const swipe: HandCall = [
      'gesture-swipe',
      { udid: ios, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 },
      '{}',
    ];
    const launch: HandCall = ['launch-app', { udid: ios, bundleId: 'a.b' }, '{}'];
    const enter: HandCall = ['keyboard', { udid: ios, key: 'Return' }, '{}'];
    for (const change of [swipe, launch, enter]) {
      expect(check([look, change, tap(at.next)])).toEqual(['grounding.stale-discovery']);
    }
  });

  it('takes every kind of screen change as invalidating the discovery', () => {
    const changes: Record<string, readonly [HandCall, string]> = {
      navigation: [tap(at.next), ios],
      'scroll (swipe)': [
        ['gesture-swipe', { udid: ios, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 }, '{}'],
        ios,
      ],
      'scroll (wheel)': [['gesture-scroll', { udid: web, x: 0.5, y: 0.5, deltaY: 0.3 }, '{}'], web],
      launch: [['launch-app', { udid: ios, bundleId: 'a.b' }, '{}'], ios],
      'open-url': [['open-url', { udid: ios, url: 'shop://cart' }, '{}'], ios],
      restart: [['restart-app', { udid: ios, bundleId: 'a.b' }, '{}'], ios],
      reinstall: [['reinstall-app', { udid: ios, bundleId: 'a.b', appPath: '/a.app' }, '{}'], ios],
      reload: [['debugger-reload-metro', { device_id: ios }, '{}'], ios],
      back: [['button', { udid: ios, button: 'back' }, '{}'], ios],
      home: [['button', { udid: ios, button: 'home' }, '{}'], ios],
      rotation: [['rotate', { udid: ios, orientation: 'LandscapeLeft' }, '{}'], ios],
      'closing key': [['keyboard', { udid: ios, key: 'Escape' }, '{}'], ios],
      'in a run-sequence': [
        [
          'run-sequence',
          { udid: ios, steps: [{ tool: 'button', args: { button: 'back' } }] },
          '{}',
        ],
        ios,
      ],
    };
    for (const [kind, [change, udid]] of Object.entries(changes)) {
      const source = udid === web ? 'cdp-dom' : 'ax-service';
      const seen: HandCall = ['describe', { udid }, describeText(source)];
      // The wifi switch keeps the screen when tapped, so only the change can stale it.
      expect([kind, check([seen, change, tap(at.wifi, udid)])]).toEqual([
        kind,
        ['grounding.stale-discovery'],
      ]);
      expect([kind, check([seen, change, seen, tap(at.wifi, udid)])]).toEqual([kind, []]);
    }
  });

  it('keeps the discovery across calls that only read', () => {
    const reads: HandCall[] = [
      ['screenshot', { udid: ios }, '{}'],
      ['debugger-log-registry', { device_id: ios }, '{}'],
      ['native-find-views', { udid: ios, bundleId: 'a.b' }, '{}'],
      ['keyboard', { udid: ios, text: 'typed' }, '{}'],
    ];
    for (const read of reads) expect(check([look, read, tap(at.next)])).toEqual([]);
  });

  it('grounds where a drag starts, not where a swipe or scroll starts', () => {
    const webLook: HandCall = ['describe', { udid: web }, describeText('cdp-dom')];
    const drag = (from: { x: number; y: number }): HandCall => [
      'gesture-drag',
      { udid: web, fromX: from.x, fromY: from.y, toX: 0.8, toY: from.y },
      '{"dragged":true}',
    ];
    expect(check([webLook, drag(at.next)])).toEqual([]);
    expect(check([webLook, drag({ x: 0.9, y: 0.9 })])).toEqual(['grounding.outside-elements']);
    expect(check([drag(at.next)])).toEqual(['grounding.no-discovery']);
    const scroll: HandCall = ['gesture-scroll', { udid: web, x: 0.5, y: 0.5, deltaY: 0.3 }, '{}'];
    expect(check([webLook, scroll, drag(at.next)])).toEqual(['grounding.stale-discovery']);
    // A drag moves what it picked up, so the next one needs a new discovery.
    expect(check([webLook, drag(at.next), drag(at.next)])).toEqual(['grounding.stale-discovery']);
    // Swipes and wheel scrolls start anywhere, even before any discovery.
    const swipe: HandCall = [
      'gesture-swipe',
      { udid: ios, fromX: 0.9, fromY: 0.9, toX: 0.9, toY: 0.2 },
      '{}',
    ];
    expect(check([swipe])).toEqual([]);
    expect(check([look, scroll])).toEqual([]);
  });

  it('grounds the first point of a drag and drop made with gesture-custom', () => {
    const custom = (from: { x: number; y: number }): HandCall => [
      'gesture-custom',
      {
        udid: ios,
        events: [
          { type: 'Down', x: from.x, y: from.y },
          { type: 'Move', x: from.x, y: 0.8 },
          { type: 'Up', x: from.x, y: 0.8 },
        ],
      },
      '{"performed":true,"events":3,"gesture":"drag"}',
    ];
    expect(check([look, custom(at.email)])).toEqual([]);
    expect(check([look, custom({ x: 0.9, y: 0.9 })])).toEqual(['grounding.outside-elements']);
  });

  it('grounds the tap a flow-add-step runs while it records it', () => {
    const recorded = (p: { x: number; y: number }): HandCall => [
      'flow-add-step',
      { command: 'gesture-tap', args: JSON.stringify({ udid: ios, ...p }) },
      'Recorded step 1: gesture-tap\n{"tapped":true}',
    ];
    expect(check([look, recorded(at.next)])).toEqual([]);
    expect(check([look, recorded({ x: 0.9, y: 0.9 })])).toEqual(['grounding.outside-elements']);
    expect(check([recorded(at.next)])).toEqual(['grounding.no-discovery']);
    // The recorded tap ran, so the screen may have changed under the discovery.
    expect(check([look, recorded(at.next), tap(at.next)])).toEqual(['grounding.stale-discovery']);
  });

  it('keeps the old discovery when a re-discovery fails', () => {
    const failed: HandCall = ['describe', { udid: ios }, 'Error: ax-service did not respond'];
    const record = handRecord([listed, look, failed, tap(at.next)]);
    const messages = record.messages.map((m, i) => (i === 7 ? { ...m, isError: true } : m));
    expect(codes(groundingGate.check({ ...record, messages }, context))).toEqual([]);
  });

  it('grounds on component-tree tap points within 0.01', () => {
    const tree = [
      'Screen: 1179x2556',
      'App',
      '  NavigationContainer',
      '    Home',
      '      Pressable "Go" [testID=go] (tap: 0.500,0.400)',
    ].join('\n');
    const look2: HandCall = ['debugger-component-tree', { device_id: ios }, tree];
    expect(check([look2, tap({ x: 0.505, y: 0.395 })])).toEqual([]);
    expect(check([look2, tap({ x: 0.52, y: 0.4 })])).toEqual(['grounding.outside-elements']);
  });

  it('checks the first touch of a run-sequence against the screen as the steps leave it', () => {
    const seq = (steps: unknown[]): HandCall => [
      'run-sequence',
      { udid: ios, steps: steps as never },
      '{}',
    ];
    const tapStep = { tool: 'gesture-tap', args: at.next };
    const swipeStep = {
      tool: 'gesture-swipe',
      args: { fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 },
    };
    expect(
      check([look, seq([tapStep, { tool: 'gesture-tap', args: { x: 0.9, y: 0.9 } }])]),
    ).toEqual([]);
    expect(check([look, seq([swipeStep, tapStep])])).toEqual(['grounding.stale-discovery']);
  });
});
