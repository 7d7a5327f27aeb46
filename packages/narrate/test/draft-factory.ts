import type {
  DraftStep,
  EpisodeDraft,
  JsonObject,
  JsonValue,
  Narrator,
  Platform,
  Task,
  TaskParams,
} from '@forge/spec';
import { createNarrateRng, type NarrateRng } from '../src/internal/rng.js';
import { createNarrator } from '../src/narrator.js';
import { familyParams } from './family-params.js';
import { type PoolSize, valuePools } from './value-pools.js';

/** Every family id of docs/families.md, in its order. */
export const familyIds = [
  'navigate-tap',
  'toggle',
  'scroll-find',
  'login',
  'profile-drilldown',
  'batch-sequence',
  'visual-regression',
  'flow-record',
  'network-inspect',
  'android-boot',
  'debug-inspect',
  'deep-link',
  'console-check',
  'pinch-zoom',
  'native-inspect',
  'chromium-tabs',
  'hide-and-seek',
  'cookies-storage',
  'drag-gesture',
  'rotate-gesture',
  'reinstall-reset',
  'native-deep-inspect',
  'profile-performance',
  'profiler-sessions',
  'metro-control',
  'workspace-data',
  'device-release',
  'update-notice',
] as const;

const webOnly = new Set(['chromium-tabs', 'cookies-storage']);
const iosOnly = new Set(['native-inspect', 'native-deep-inspect']);
const mobileOnly = new Set([
  'batch-sequence',
  'pinch-zoom',
  'rotate-gesture',
  'reinstall-reset',
  'network-inspect',
  'debug-inspect',
  'console-check',
  'profile-performance',
  'profiler-sessions',
  'metro-control',
  'workspace-data',
]);

function platformFor(family: string, rng: NarrateRng): Platform {
  if (webOnly.has(family)) return 'chromium';
  if (iosOnly.has(family)) return 'ios';
  if (family === 'android-boot') return 'android';
  return rng.pick(mobileOnly.has(family) ? ['ios', 'android'] : ['ios', 'android', 'chromium']);
}

const udids: Readonly<Record<Platform, string>> = {
  ios: '5B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0',
  android: 'emulator-5554',
  chromium: 'chromium-cdp-9222',
};

const deviceLines: Readonly<Record<Platform, string>> = {
  ios: `iPhone 15 Pro (${udids.ios}) Booted`,
  android: `Pixel 7 (${udids.android}) online`,
  chromium: `Chromium 124 (${udids.chromium}) attached`,
};

/** Builds the steps: device list, launch, discovery, maybe a miss, the family's work. */
function buildSteps(task: Task, facts: Record<string, JsonValue>, rng: NarrateRng): DraftStep[] {
  const udid = udids[task.platform];
  let n = 0;
  const call = (name: string, args: JsonObject) => ({
    id: `call_${++n}`,
    name,
    arguments: { ...args },
  });
  const ok = (text: string) => ({ text, isError: false });
  const p = task.params;
  const label = String(p.target ?? p.setting ?? p.item ?? p.field ?? p.interaction ?? 'Continue');
  const screenText = [
    'Source: ax-service',
    `ROOT (0,0,1,1)`,
    `  AXStaticText "${String(p.screen ?? 'Home')}" (0.100, 0.050, 0.800, 0.040)`,
    `  AXButton "${label}"${facts.value ? ` value="${String(facts.value)}"` : ''} (0.200, 0.400, 0.300, 0.060)`,
  ].join('\n');
  const steps: DraftStep[] = [
    {
      calls: [call('list-devices', {})],
      results: [ok(`${deviceLines[task.platform]}\nOther device (OTHER-1) Shutdown`)],
      intent: { kind: 'list-devices' },
    },
    {
      calls: [call('launch-app', { udid, bundleId: `com.example.${task.app.toLowerCase()}` })],
      results: [ok(`{"launched":true,"bundleId":"com.example.${task.app.toLowerCase()}"}`)],
    },
    {
      calls: [call('describe', { udid })],
      results: [ok(screenText)],
      intent: { kind: 'discover', detail: { label } },
    },
  ];
  if (rng.chance(0.3)) {
    steps.push({
      calls: [call('gesture-tap', { udid, x: 0.35, y: 0.43 })],
      results: [{ text: 'Error: tap landed outside any element at (0.35, 0.43)', isError: true }],
      intent: { kind: 'tap-target', detail: { label } },
    });
    steps.push({
      calls: [call('describe', { udid })],
      results: [ok(screenText)],
      intent: { kind: 'recover-miss' },
    });
  }
  steps.push({
    calls: [call('gesture-tap', { udid, x: 0.35, y: 0.43 })],
    results: [ok('{"tapped":true,"timestampMs":1200}')],
    intent: { kind: 'tap-target', detail: { label } },
  });
  if (task.family === 'profile-performance')
    steps.push({
      calls: [
        call('react-profiler-start', { device_id: udid, port: 8081 }),
        call('native-profiler-start', { device_id: udid }),
      ],
      results: [ok('{"started":true}'), ok('{"started":true}')],
    });
  if (task.family === 'network-inspect')
    steps.push({
      calls: [call('view-network-request-details', { device_id: udid, requestId: 'req-7' })],
      results: [ok(`GET ${String(p.endpoint)} -> 200 OK`)],
    });
  if (rng.chance(0.2))
    steps.push({
      calls: [call('some-future-tool', { udid })],
      results: [ok('{}')],
      intent: { kind: 'mystery-kind' },
    });
  return steps;
}

function factsFor(family: string, params: TaskParams, rng: NarrateRng): Record<string, JsonValue> {
  switch (family) {
    case 'profile-drilldown':
      return { label: String(params.field), value: `${rng.int(40, 99)} kg` };
    case 'network-inspect':
      return { status: 200, method: 'GET' };
    default:
      return {};
  }
}

/** A realistic synthetic draft for a family, drawn from a seed. */
export function makeDraft(seed: number, family: string, pool: PoolSize = 'wide'): EpisodeDraft {
  const rng = createNarrateRng(seed, family, 'factory', pool);
  const values = valuePools(rng, pool);
  const platform = platformFor(family, rng);
  const app = values.app();
  const params: TaskParams = { app, platform, ...familyParams(family, values, rng) };
  const task: Task = {
    id: `${family}/${platform}/${seed}`,
    family,
    platform,
    pack: 'core',
    app,
    difficulty: 'medium',
    goal: `Complete the ${family} task in ${app}.`,
    params,
    privileged: {},
  };
  const facts = factsFor(family, params, rng);
  return { seed, task, steps: buildSteps(task, facts, rng), facts, success: rng.chance(0.8) };
}

/** A narrator that weights the personas the same way in every family. */
export function weightedNarrator(weights: {
  readonly developer: number;
  readonly builder: number;
  readonly seeker: number;
  readonly terse: number;
}): Narrator {
  return createNarrator({
    personaWeights: Object.fromEntries(familyIds.map((f) => [f, weights])),
  });
}
