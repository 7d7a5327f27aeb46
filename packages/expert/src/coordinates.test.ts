/**
 * Every coordinate the expert sends, with any coordinate tool, inside or
 * outside run-sequence or a recorded flow step, lies inside an element of
 * its most recent discovery of the current screen, and a tap goes to the
 * centre of a frame. The checker here shares no code with the expert: it
 * parses the observations with the gym's public parsers and keeps its own,
 * conservative notion of which calls leave the screen as it was.
 */
import {
  applicableInjections,
  createEnv,
  defaultFamilies,
  iosScreen,
  parseComponentTree,
  parseDescribe,
  parseNativeDescribe,
} from '@forge/gym';
import type { DraftStep, InjectionMode, JsonObject, JsonValue, Platform } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What one discovery showed: normalized boxes (a zero-size box for a bare tap point), raw iOS boxes. */
interface Discovery {
  readonly tool: string;
  readonly boxes: readonly Box[];
  /** native-describe-screen only: frames in raw iOS points, for the *-at-point tools. */
  readonly rawBoxes: readonly Box[];
}

// Calls that only read: a discovery stays current across them. Anything else
// (taps, gestures, launches, reloads, profiling, flows, a pressed key…) ends it.
const reads = new Set([
  'list-devices',
  'describe',
  'debugger-component-tree',
  'native-describe-screen',
  'debugger-connect',
  'debugger-status',
  'debugger-log-registry',
  'debugger-inspect-element',
  'view-network-logs',
  'view-network-request-details',
  'native-devtools-status',
  'native-network-logs',
  'native-find-views',
  'native-full-hierarchy',
  'native-view-at-point',
  'native-user-interactable-view-at-point',
  'screenshot',
]);

const eps = 1e-9;
const inBox = (b: Box, x: number, y: number, slack = eps): boolean =>
  x >= b.x - slack && x <= b.x + b.w + slack && y >= b.y - slack && y <= b.y + b.h + slack;

function discoveryOf(tool: string, text: string): Discovery | undefined {
  if (tool === 'describe') {
    const p = parseDescribe(text);
    return p.success
      ? { tool, boxes: p.value.elements.map((e) => e.frame), rawBoxes: [] }
      : undefined;
  }
  if (tool === 'debugger-component-tree') {
    const p = parseComponentTree(text);
    if (!p.success) return undefined;
    const boxes = p.value.nodes.flatMap((n) => (n.tap ? [{ ...n.tap, w: 0, h: 0 }] : []));
    return { tool, boxes, rawBoxes: [] };
  }
  if (tool === 'native-describe-screen') {
    const p = parseNativeDescribe(text);
    if (!p.success) return undefined;
    const rawBoxes = p.value.leaves.map((l) => l.frame);
    const boxes = rawBoxes.map((f) => ({
      x: f.x / iosScreen.width,
      y: f.y / iosScreen.height,
      w: f.w / iosScreen.width,
      h: f.h / iosScreen.height,
    }));
    return { tool, boxes, rawBoxes };
  }
  return undefined;
}

interface Point {
  readonly role: string;
  readonly x: number;
  readonly y: number;
}

const num = (args: JsonObject, key: string): number => Number(args[key]);

/** The points a call of a coordinate tool sends, named by their role. */
function pointsOf(tool: string, args: JsonObject): Point[] {
  switch (tool) {
    case 'gesture-tap':
    case 'gesture-scroll':
    case 'debugger-inspect-element':
    case 'native-view-at-point':
    case 'native-user-interactable-view-at-point':
      return [{ role: 'at', x: num(args, 'x'), y: num(args, 'y') }];
    case 'gesture-swipe':
    case 'gesture-drag':
      return [
        { role: 'from', x: num(args, 'fromX'), y: num(args, 'fromY') },
        { role: 'to', x: num(args, 'toX'), y: num(args, 'toY') },
      ];
    case 'gesture-pinch':
    case 'gesture-rotate':
      return [{ role: 'centre', x: num(args, 'centerX'), y: num(args, 'centerY') }];
    case 'gesture-custom': {
      const events = (args.events ?? []) as JsonObject[];
      return events.flatMap((e) => [
        { role: 'event', x: num(e, 'x'), y: num(e, 'y') },
        ...(e.x2 === undefined ? [] : [{ role: 'event', x: num(e, 'x2'), y: num(e, 'y2') }]),
      ]);
    }
    default:
      return [];
  }
}

/** Tools whose coordinates this test checks (every coordinate tool of the catalog). */
const coordinateTools = [
  'gesture-tap',
  'gesture-scroll',
  'gesture-swipe',
  'gesture-drag',
  'gesture-custom',
  'gesture-pinch',
  'gesture-rotate',
  'debugger-inspect-element',
  'native-view-at-point',
  'native-user-interactable-view-at-point',
] as const;

/** A coordinate outside its discovery, and the tools whose points were checked. */
interface Report {
  readonly problems: string[];
  readonly checked: Map<string, number>;
}

/**
 * Known exceptions, each narrow and named:
 * - `ios-back`: on iOS the expert leaves a screen with the system's back
 *   gesture (core/moves.ts), a swipe from the screen's left edge (x ≤ 0.05)
 *   to a fixed point: a system gesture, not aimed at an element, so neither
 *   end comes from a discovery. A swipe from the edge is excused as a whole.
 */
function excused(tool: string, points: readonly Point[], platform: Platform): string | undefined {
  const from = points.find((p) => p.role === 'from');
  if (tool === 'gesture-swipe' && platform === 'ios' && from !== undefined && from.x <= 0.05)
    return 'ios-back';
  return undefined;
}

function checkCoordinates(steps: readonly DraftStep[], platform: Platform): Report {
  const problems: string[] = [];
  const checked = new Map<string, number>();
  let current: Discovery | undefined;
  const calls = steps.flatMap((s) => s.calls.map((call, i) => ({ call, result: s.results[i] })));
  for (const [index, { call, result }] of calls.entries()) {
    // A run-sequence is planned from the reading before it: all its steps are judged against
    // it. A flow step runs its command now, with arguments given as a JSON string.
    const inner: [string, JsonObject][] =
      call.name === 'run-sequence'
        ? ((call.arguments.steps ?? []) as JsonValue[]).map((s) => {
            const step = s as JsonObject;
            return [String(step.tool), (step.args ?? {}) as JsonObject];
          })
        : call.name === 'flow-add-step'
          ? [
              [
                String(call.arguments.command),
                JSON.parse(String(call.arguments.args ?? '{}')) as JsonObject,
              ],
            ]
          : [[call.name, call.arguments]];
    for (const [tool, args] of inner) {
      const points = pointsOf(tool, args);
      if (points.length === 0) continue;
      checked.set(tool, (checked.get(tool) ?? 0) + 1);
      const raw = tool.startsWith('native-') && tool.endsWith('-at-point');
      let start: Box | undefined;
      for (const point of points) {
        const where = `call ${index} ${tool} ${point.role} (${point.x}, ${point.y})`;
        if (!current) {
          problems.push(`${where}: no current discovery`);
          continue;
        }
        if (raw && current.tool !== 'native-describe-screen') {
          problems.push(`${where}: raw points, but the current discovery is ${current.tool}`);
          continue;
        }
        const boxes = raw ? current.rawBoxes : current.boxes;
        // Normalized frames of native leaves are rounded; allow a hair of slack there.
        const slack = current.tool === 'native-describe-screen' ? 0.002 : eps;
        const hit = boxes.find((b) => inBox(b, point.x, point.y, raw ? 0.5 : slack));
        if (point.role === 'from') start = hit;
        if (!hit && !excused(tool, points, platform))
          problems.push(`${where}: outside every element of the latest ${current.tool}`);
        // A drag moves what it pressed (a slider's handle along its track): it
        // ends on the element it started on, where the frame says the value is.
        if (
          tool === 'gesture-drag' &&
          point.role === 'to' &&
          start &&
          !inBox(start, point.x, point.y, slack)
        )
          problems.push(`${where}: the drag leaves the element it started on`);
        // Rule 3: a tap goes to the centre of a discovered frame (x + w/2, y + h/2), to the
        // printed rounding; component-tree and native tap points are centres as printed.
        const centre = (b: Box) =>
          Math.abs(b.x + b.w / 2 - point.x) <= 0.0011 &&
          Math.abs(b.y + b.h / 2 - point.y) <= 0.0011;
        if (hit && tool === 'gesture-tap' && current.tool === 'describe' && !boxes.some(centre))
          problems.push(`${where}: not the centre of any frame of the latest describe`);
      }
    }
    const seen = result && !result.isError ? discoveryOf(call.name, result.text) : undefined;
    if (seen) current = seen;
    else if (
      !reads.has(call.name) &&
      !(call.name === 'keyboard' && call.arguments.key === undefined)
    )
      current = undefined;
  }
  return { problems, checked };
}

const env = createEnv();
const expert = createExpert();

/** Every injection mode that can fire for a family on a platform: none, seeded, each kind alone. */
function modesFor(family: string, platform: Platform): InjectionMode[] {
  const kinds = new Set<string>();
  const appKinds =
    platform === 'chromium' ? (['web'] as const) : (['native', 'react-native'] as const);
  for (const kind of appKinds)
    for (const k of applicableInjections({ platform, kind, family })) kinds.add(k);
  return ['none', 'seeded', ...[...kinds].map((k) => [k])];
}

const episode = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    family: fc.constantFrom(...defaultFamilies),
    platformPick: fc.nat(),
    injectionPick: fc.nat(),
  })
  .map(({ seed, family, platformPick, injectionPick }) => {
    const platform = family.platforms[platformPick % family.platforms.length] as Platform;
    const modes = modesFor(family.id, platform);
    const injections = modes[injectionPick % modes.length] as InjectionMode;
    return { seed, family: family.id, platform, injections };
  });

describe('every coordinate the expert sends lies inside an element of its latest discovery', () => {
  it('holds over random seeds, families, platforms and injections', () => {
    fc.assert(
      fc.property(episode, (options) => {
        const played = playEpisode(env, expert, options);
        expect(checkCoordinates(played.steps, options.platform).problems).toEqual([]);
      }),
      {
        numRuns: 600,
        // A tour page in an app whose left margin (0.11) is wider than the
        // far end of the page-turn swipe (0.1): the swipe must be pulled in.
        examples: [
          [{ seed: 957969, family: 'batch-sequence', platform: 'ios', injections: 'none' }],
        ],
      },
    );
  });

  it('holds for every family on every platform under every injection, meeting every coordinate tool', () => {
    const checked = new Map<string, number>();
    for (const family of defaultFamilies)
      for (const platform of family.platforms)
        for (const injections of modesFor(family.id, platform))
          for (let seed = 0; seed < 4; seed += 1) {
            const played = playEpisode(env, expert, {
              seed,
              family: family.id,
              platform,
              injections,
            });
            const report = checkCoordinates(played.steps, platform);
            expect(
              report.problems,
              `${family.id} ${platform} ${String(injections)} ${seed}`,
            ).toEqual([]);
            for (const [tool, n] of report.checked) checked.set(tool, (checked.get(tool) ?? 0) + n);
          }
    // The check is only as wide as the tools it met: play on (more seeds, no injections)
    // until it has met every coordinate tool; some, like gesture-rotate, only a map task uses.
    const unmet = () => coordinateTools.filter((tool) => !checked.has(tool));
    for (let seed = 4; seed < 64 && unmet().length > 0; seed += 1)
      for (const family of defaultFamilies)
        for (const platform of family.platforms) {
          const played = playEpisode(env, expert, {
            seed,
            family: family.id,
            platform,
            injections: 'none',
          });
          const report = checkCoordinates(played.steps, platform);
          expect(report.problems, `${family.id} ${platform} ${seed}`).toEqual([]);
          for (const [tool, n] of report.checked) checked.set(tool, (checked.get(tool) ?? 0) + n);
        }
    expect(unmet()).toEqual([]);
  });

  it('catches a coordinate after the screen changed without a new discovery', () => {
    const played = playEpisode(env, expert, {
      seed: 3,
      family: 'navigate-tap',
      injections: 'none',
    });
    const steps = played.steps;
    expect(checkCoordinates(steps, played.task.platform).problems).toEqual([]);
    // Drop the discovery right before the last tap: the previous one was taken on another screen.
    const lastTap = steps.findLastIndex((s) => s.calls[0]?.name === 'gesture-tap');
    const before = steps[lastTap - 1];
    expect(before?.calls[0]?.name).toBe('describe');
    const stale = [...steps.slice(0, lastTap - 1), ...steps.slice(lastTap)];
    expect(checkCoordinates(stale, played.task.platform).problems.join('\n')).toMatch(
      /gesture-tap at .*no current discovery/,
    );
  });

  it('catches a swipe or pinch point outside every element, inside run-sequence too', () => {
    const discovery = {
      calls: [{ id: 'd', name: 'describe', arguments: { udid: 'u' } }],
      results: [
        {
          text: [
            'Source: ax-service',
            'Mode: flat (every visible element at one level)',
            'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)',
            'ROOT (0.000, 0.000, 1.000, 1.000)',
            '  AXImage "Map" id="map" (0.100, 0.200, 0.800, 0.400)',
          ].join('\n'),
          isError: false,
        },
      ],
    };
    expect(discoveryOf('describe', discovery.results[0]?.text ?? '')?.boxes.length).toBe(1);
    const gesture = (name: string, args: JsonObject): DraftStep => ({
      calls: [{ id: name, name, arguments: { udid: 'u', ...args } }],
      results: [{ text: '{}', isError: false }],
    });
    const inside = gesture('gesture-pinch', {
      centerX: 0.5,
      centerY: 0.4,
      startDistance: 0.1,
      endDistance: 0.3,
    });
    expect(checkCoordinates([discovery, inside], 'android').problems).toEqual([]);
    const outside = gesture('gesture-pinch', {
      centerX: 0.5,
      centerY: 0.9,
      startDistance: 0.1,
      endDistance: 0.3,
    });
    expect(checkCoordinates([discovery, outside], 'android').problems).toHaveLength(1);
    const sequence = gesture('run-sequence', {
      steps: [
        { tool: 'gesture-swipe', args: { fromX: 0.8, fromY: 0.4, toX: 0.2, toY: 0.4 } },
        { tool: 'gesture-swipe', args: { fromX: 0.8, fromY: 0.7, toX: 0.2, toY: 0.7 } },
      ],
    });
    const offCentre = gesture('gesture-tap', { x: 0.2, y: 0.3 });
    expect(checkCoordinates([discovery, offCentre], 'android').problems).toEqual([
      'call 1 gesture-tap at (0.2, 0.3): not the centre of any frame of the latest describe',
    ]);
    const centred = gesture('gesture-tap', { x: 0.5, y: 0.4 });
    expect(checkCoordinates([discovery, centred], 'android').problems).toEqual([]);
    expect(checkCoordinates([discovery, sequence], 'android').problems).toEqual([
      'call 1 gesture-swipe from (0.8, 0.7): outside every element of the latest describe',
      'call 1 gesture-swipe to (0.2, 0.7): outside every element of the latest describe',
    ]);
  });
});
