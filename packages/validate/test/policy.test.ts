import { defaultCatalog } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { deviceOrderGate, policyGate } from '../src/index.js';
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
const policy = (calls: readonly HandCall[], options = {}) =>
  codes(policyGate.check(handRecord([listed, ...calls], options), context));
const seq = (steps: unknown[]): HandCall => [
  'run-sequence',
  { udid: ios, steps: steps as never },
  '{}',
];

describe('policyGate', () => {
  it('accepts a clean session', () => {
    expect(
      policy([
        look,
        ['gesture-tap', { udid: ios, ...at.email }, '{}'],
        ['keyboard', { udid: ios, text: 'a' }, '{}'],
      ]),
    ).toEqual([]);
  });

  it('checks run-sequence steps: tools, udid, arguments and coordinates', () => {
    expect(policy([seq([{ tool: 'describe', args: {} }])])).toEqual([
      'policy.sequence-forbidden-tool',
    ]);
    expect(policy([seq([{ tool: 'gesture-tap', args: { udid: ios, x: 0.1, y: 0.1 } }])])).toEqual([
      'policy.sequence-udid',
    ]);
    expect(policy([seq([{ tool: 'gesture-tap', args: { x: 0.1 } }])])).toEqual([
      'policy.sequence-step-invalid',
    ]);
    expect(policy([seq([{ tool: 'gesture-tap', args: { x: 1.5, y: 0.1 } }])])).toContain(
      'policy.coordinate-out-of-range',
    );
  });

  it('checks the command a flow-add-step runs like a call of its own', () => {
    const recorded = (command: string, args: object): HandCall => [
      'flow-add-step',
      { command, args: JSON.stringify({ udid: ios, ...args }) },
      'Recorded step 1',
    ];
    const inFlow = (step: HandCall): HandCall[] => [
      [
        'flow-start-recording',
        { name: 'f', project_root: '/app', executionPrerequisite: 'open' },
        '{"recording":true}',
      ],
      step,
      ['flow-finish-recording', {}, '{"saved":true}'],
    ];
    expect(policy([look, ...inFlow(recorded('gesture-tap', { x: 1.5, y: 0.1 }))])).toEqual([
      'policy.coordinate-out-of-range',
      'policy.flow-step-invalid',
    ]);
    expect(policy(inFlow(recorded('gesture-scroll', { x: 0.5, y: 0.5 })))).toEqual([
      'policy.wrong-platform',
    ]);
    // The recorded command must be a call its tool's schema accepts.
    expect(policy(inFlow(recorded('gesture-tap', { x: 0.5 })))).toEqual([
      'policy.flow-step-invalid',
    ]);
    const raw = (args: string, command = 'gesture-tap'): HandCall => [
      'flow-add-step',
      { command, args },
      'Error',
    ];
    expect(policy(inFlow(raw('{not json')))).toEqual(['policy.flow-step-invalid']);
    expect(policy(inFlow(raw('{}', 'flow-add-echo')))).toEqual(['policy.flow-step-invalid']);
  });

  it('keeps tools on their platforms', () => {
    expect(policy([['gesture-scroll', { udid: ios, x: 0.5, y: 0.5 }, '{}']])).toEqual([
      'policy.wrong-platform',
    ]);
    expect(
      policy([['gesture-swipe', { udid: web, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 }, '{}']]),
    ).toEqual(['policy.wrong-platform']);
    expect(
      policy([
        [
          'gesture-rotate',
          { udid: web, centerX: 0.5, centerY: 0.5, radius: 0.1, startAngle: 0, endAngle: 90 },
          '{}',
        ],
      ]),
    ).toEqual(['policy.wrong-platform']);
  });

  it('types only after a tap on a field', () => {
    const type: HandCall = ['keyboard', { udid: ios, text: 'a' }, '{}'];
    expect(policy([look, type])).toEqual(['policy.type-without-focus']);
    expect(policy([look, ['gesture-tap', { udid: ios, ...at.next }, '{}'], type])).toEqual([
      'policy.type-without-focus',
    ]);
    expect(policy([seq([{ tool: 'keyboard', args: { key: 'Return' } }])])).toEqual([]);
  });

  it('rejects screenshot polling but allows a baseline and a later check', () => {
    const shot: HandCall = ['screenshot', { udid: ios }, '{}'];
    const swipe: HandCall = [
      'gesture-swipe',
      { udid: ios, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 },
      '{}',
    ];
    expect(policy([shot, shot])).toEqual(['policy.screenshot-polling']);
    expect(policy([shot, look, shot, look, shot])).toEqual(['policy.screenshot-polling']);
    expect(policy([shot, swipe, shot])).toEqual([]);
  });

  it('requires a release at the end and a request before stop-metro', () => {
    expect(policy([look], { bare: true })).toEqual(['policy.no-release']);
    expect(policy([['stop-metro', {}, '{}']])).toEqual(['policy.stop-metro-unasked']);
    expect(policy([['stop-metro', {}, '{}']], { request: 'Please stop Metro when done.' })).toEqual(
      [],
    );
  });

  it('keeps flows in order: start, steps, finish, then an acknowledged execute', () => {
    const flow = { name: 'checkout', project_root: '/app' };
    const start: HandCall = [
      'flow-start-recording',
      { ...flow, executionPrerequisite: 'The app is open.' },
      '{"recording":true}',
    ];
    const echo: HandCall = ['flow-add-echo', { message: 'opened' }, '{"recorded":true}'];
    const finish: HandCall = ['flow-finish-recording', {}, '{"saved":true}'];
    const run = (ack?: boolean): HandCall => [
      'flow-execute',
      { ...flow, ...(ack === undefined ? {} : { prerequisiteAcknowledged: ack }) },
      '{}',
    ];
    expect(policy([start, echo, finish, run(true)])).toEqual([]);
    expect(policy([echo, start, finish])).toEqual(['policy.flow-order']);
    expect(policy([start, echo, finish, finish])).toEqual(['policy.flow-order']);
    expect(policy([start, start, echo, finish])).toEqual(['policy.flow-order']);
    expect(policy([start, echo, finish, run()])).toEqual(['policy.flow-unacknowledged']);
    expect(policy([start, echo, finish, run(false)])).toEqual(['policy.flow-unacknowledged']);
    expect(policy([start, echo])).toEqual(['policy.flow-unfinished']);
    // A start the toolkit refused opens nothing.
    const refused: HandCall = [...start];
    const record = handRecord([listed, refused, echo]);
    const messages = record.messages.map((m, i) => (i === 5 ? { ...m, isError: true } : m));
    expect(codes(policyGate.check({ ...record, messages }, context))).toEqual([
      'policy.flow-order',
    ]);
  });

  it('wants visual-regression baselines at scale 1 without the image in context', () => {
    const shot = (args: object, n = 1): HandCall => [
      'screenshot',
      { udid: ios, ...args },
      JSON.stringify({ path: `/tmp/shot-${n}.png`, width: 1179, height: 2556 }),
    ];
    const diff = (baselinePath: string): HandCall => [
      'screenshot-diff',
      { udid: ios, baselinePath, captureCurrent: true },
      '{"identical":true}',
    ];
    const good = { scale: 1, includeImageInContext: false };
    expect(policy([shot(good), diff('/tmp/shot-1.png')])).toEqual([]);
    expect(policy([shot({ includeImageInContext: false }), diff('/tmp/shot-1.png')])).toEqual([]);
    expect(
      policy([shot({ scale: 0.5, includeImageInContext: false }), diff('/tmp/shot-1.png')]),
    ).toEqual(['policy.baseline-screenshot']);
    expect(policy([shot({ scale: 1 }), diff('/tmp/shot-1.png')])).toEqual([
      'policy.baseline-screenshot',
    ]);
    // A file the episode did not capture is not judged.
    expect(policy([shot({ scale: 1 }), diff('/tmp/reference.png')])).toEqual([]);
  });

  it('starts React and native profiling together and stops both', () => {
    const call = (name: string): HandCall => [name, { device_id: ios }, '{}'];
    const both = [
      call('react-profiler-start'),
      call('native-profiler-start'),
      call('react-profiler-stop'),
      call('native-profiler-stop'),
    ];
    expect(policy(both)).toEqual([]);
    expect(policy([call('react-profiler-start'), call('react-profiler-stop')])).toEqual([
      'policy.profiling-unpaired',
    ]);
    expect(policy(both.slice(0, 3))).toEqual(['policy.profiling-not-stopped']);
  });

  it('rejects a tap on a home-screen icon', () => {
    const home = [
      'Source: ax-service',
      'Mode: flat (every visible element at one level)',
      'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)',
      'ROOT (0.000, 0.000, 1.000, 1.000)',
      '  AXIcon "Shop" [clickable] (0.060, 0.080, 0.170, 0.090)',
    ].join('\n');
    expect(
      policy([
        ['describe', { udid: ios }, home],
        ['gesture-tap', { udid: ios, x: 0.145, y: 0.125 }, '{}'],
      ]),
    ).toEqual(['policy.home-icon-tap']);
  });
});

describe('deviceOrderGate', () => {
  const order = (calls: readonly HandCall[]) =>
    codes(deviceOrderGate.check(handRecord(calls), context));

  it('wants list-devices before any device call', () => {
    expect(order([look, listed])).toEqual(['device-order.not-listed']);
    expect(order([listed, look])).toEqual([]);
  });

  it('treats a JS-runtime device_id like a udid', () => {
    const tree = (device_id: string): HandCall => [
      'debugger-component-tree',
      { device_id },
      'Screen: 1179x2556',
    ];
    expect(order([tree(ios), listed])).toEqual(['device-order.not-listed']);
    expect(order([listed, tree(ios)])).toEqual([]);
    expect(order([listed, tree('emulator-5556')])).toEqual(['device-order.unknown-device']);
  });

  it('checks the device of the command a flow-add-step runs', () => {
    const recorded = (udid: string): HandCall => [
      'flow-add-step',
      { command: 'gesture-tap', args: JSON.stringify({ udid, x: 0.2, y: 0.15 }) },
      'Recorded step 1',
    ];
    expect(order([recorded(ios), listed])).toEqual(['device-order.not-listed']);
    expect(order([listed, recorded(ios)])).toEqual([]);
    expect(order([listed, recorded('emulator-5556')])).toEqual(['device-order.unknown-device']);
  });

  it('wants the devices listed before a boot, even one naming no device', () => {
    expect(order([['boot-device', {}, '{"booted":true}'], listed])).toEqual([
      'device-order.not-listed',
    ]);
  });

  it('accepts only device ids an observation returned, boot results included', () => {
    const other = 'emulator-5556';
    expect(order([listed, ['describe', { udid: other }, 'x']])).toEqual([
      'device-order.unknown-device',
    ]);
    const boot: HandCall = [
      'boot-device',
      { avdName: 'Pixel' },
      JSON.stringify({ booted: true, udid: other }),
    ];
    const withAvd: HandCall = [
      'list-devices',
      {},
      JSON.stringify({ devices: [], avds: ['Pixel'] }),
    ];
    expect(order([withAvd, boot, ['describe', { udid: other }, 'x']])).toEqual([]);
    expect(order([withAvd, ['boot-device', { avdName: 'Nexus' }, 'Error: no']])).toEqual([
      'device-order.unknown-device',
    ]);
  });
});
