/** TEST HELPER: an env on the fixture pack with short call helpers. */
import type { JsonObject, Platform, ToolResult } from '@forge/spec';
import { createEnv, type GymEnv } from '../env.js';
import { type DescribedElement, parseDescribe } from '../observe/describe-parse.js';
import { frameCenter } from '../observe/geometry.js';
import { fixturePack } from './fixture-apps.js';

/** An episode under test, with helpers. */
export interface Harness {
  readonly env: GymEnv;
  readonly udid: string;
  readonly appId: string;
  call(name: string, args?: JsonObject): ToolResult & { injected?: string };
  /** Calls a device tool with the episode's udid (or device_id for JS tools). */
  dev(name: string, args?: JsonObject): ToolResult & { injected?: string };
  elements(): readonly DescribedElement[];
  tap(id: string): ToolResult & { injected?: string };
}

/** Starts an episode with the app launched on its device. */
export function harness(options: {
  seed?: number;
  platform: Platform;
  kind?: 'native' | 'react-native' | 'web';
  family?: string;
  injections?: readonly string[];
  launch?: boolean;
}): Harness {
  const env = createEnv({
    packs: [
      {
        ...fixturePack,
        supports: fixturePack.supports.filter(
          (r) => r.kind === (options.kind ?? (options.platform === 'chromium' ? 'web' : 'native')),
        ),
      },
    ],
  });
  const { task } = env.reset({
    seed: options.seed ?? 1,
    platform: options.platform,
    family: options.family ?? 'navigate-tap',
    injections: options.injections ?? 'none',
  });
  const udid = String(task.privileged.udid);
  const appId = String(task.privileged.appId);
  let n = 0;
  const call = (name: string, args: JsonObject = {}) => {
    const r = env.step({ id: `c${n++}`, name, arguments: args });
    return r.info.injected === undefined ? r.result : { ...r.result, injected: r.info.injected };
  };
  const jsTool = (name: string) =>
    /^(debugger|view-network|react-profiler|profiler|native-profiler)/.test(name) &&
    name !== 'react-profiler-component-source';
  const dev = (name: string, args: JsonObject = {}) =>
    call(name, jsTool(name) ? { device_id: udid, ...args } : { udid, ...args });
  const elements = () => {
    const parsed = parseDescribe(dev('describe').text);
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.value.elements;
  };
  const tap = (id: string) => {
    const el = elements().find((e) => e.id === id || e.label === id);
    if (!el) throw new Error(`no element ${id} on screen`);
    return dev('gesture-tap', frameCenter(el.frame));
  };
  const h = { env, udid, appId, call, dev, elements, tap };
  if (options.launch !== false) {
    if (options.platform === 'chromium') dev('open-url', { url: `https://${appId}/` });
    else if (task.privileged.booted) dev('launch-app', { bundleId: appId });
  }
  return h;
}
