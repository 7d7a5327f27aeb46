/**
 * TEST HELPER: a small scripted agent that follows the toolkit's rules
 * (list-devices first, discover before tapping, tap frame centres,
 * re-discover after every screen change, open apps with launch-app /
 * open-url). It knows WHAT to do from `task.privileged` and finds WHERE
 * only by parsing observations. The per-family solutions build on it.
 */
import type { JsonObject, Task, ToolResult } from '@forge/spec';
import type { GymEnv } from '../../env.js';
import { type ComponentNode, parseComponentTree } from '../../observe/component-tree.js';
import { type DescribedElement, parseDescribe } from '../../observe/describe-parse.js';
import { type DeviceList, parseDeviceList } from '../../observe/device-list.js';
import { frameCenter } from '../../observe/geometry.js';
import { firstRunDismissLabels } from '../../packs/archetypes/kit/first-run.js';
import { grantingLabels } from '../../world/permission-dialogs.js';

const sheetRoles = new Set(['AXSheet', 'android.widget.FrameLayout', 'dialog']);
const putOff = new Set(firstRunDismissLabels);

/** The button that puts off an app's first-run prompt, when a describe shows one. */
export function promptPutOff(view: {
  readonly elements: readonly DescribedElement[];
}): DescribedElement | undefined {
  if (!view.elements.some((e) => e.id === undefined && sheetRoles.has(e.role))) return undefined;
  return view.elements.find((e) => e.id !== undefined && putOff.has(e.label));
}

/** The agent a solution drives. */
export interface Agent {
  readonly task: Task;
  /** Privileged goal data (what to do, never where). */
  readonly p: Readonly<Record<string, unknown>>;
  readonly udid: string;
  readonly appId: string;
  readonly results: ToolResult[];
  /** Any tool, arguments as given. */
  call(name: string, args?: JsonObject): ToolResult;
  /** A device tool with `udid` filled in. */
  dev(name: string, args?: JsonObject): ToolResult;
  /** A JS-runtime tool with `device_id` and the Metro `port` filled in. */
  js(name: string, args?: JsonObject): ToolResult;
  /** list-devices, parsed. */
  devices(): DeviceList;
  /** Lists devices and boots the task's device when it is down. */
  start(): void;
  /** Opens the app (launch-app / open-url) and answers a permission prompt. */
  open(): void;
  /** describe, parsed (retried once when discovery fails). */
  describe(): { elements: readonly DescribedElement[]; dialog?: string };
  /** Finds an element by id on the current screen, scrolling down when it is below the fold. */
  find(id: string): DescribedElement | undefined;
  /** Finds and taps an element by id; throws when it cannot be found. */
  tap(id: string): void;
  /** Opens the app and taps along a path of element ids from home. */
  reach(path: readonly string[]): void;
  /** Connects the debugger (React Native). */
  connect(): void;
  /** The component tree, parsed (React Native, after connect). */
  tree(): readonly ComponentNode[];
  /** Parses a small-JSON result. */
  json<T>(r: ToolResult): T;
}

/** Starts an agent for the env's current episode. */
export function createAgent(env: GymEnv): Agent {
  const task = env.task;
  const p = task.privileged;
  const results: ToolResult[] = [];
  let udid = String(p.udid);
  const appId = String(p.appId);
  const port = typeof p.port === 'number' ? p.port : 8081;
  const call = (name: string, args: JsonObject = {}): ToolResult => {
    const r = env.step({ id: `call_${results.length + 1}`, name, arguments: args }).result;
    results.push(r);
    return r;
  };
  const parse = <T>(r: ToolResult): T => JSON.parse(r.text) as T;
  const describe = () => {
    let r = call('describe', { udid });
    if (r.isError) r = call('describe', { udid });
    const parsed = parseDescribe(r.text);
    if (!parsed.success) throw new Error(`describe: ${parsed.error.message}`);
    return parsed.value;
  };
  const scroll = () =>
    task.platform === 'chromium'
      ? call('gesture-scroll', { udid, x: 0.5, y: 0.5, deltaY: 0.3 })
      : call('gesture-swipe', { udid, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 });
  const answerDialog = (view: ReturnType<typeof describe>): boolean => {
    const later = promptPutOff(view);
    if (view.dialog === undefined && later) {
      call('gesture-tap', { udid, ...frameCenter(later.frame) });
      return true;
    }
    if (view.dialog === undefined) return false;
    // Answer as a user who wants the app to work: the first granting button.
    const allow = view.elements.find((e) => grantingLabels.has(e.label));
    if (allow) call('gesture-tap', { udid, ...frameCenter(allow.frame) });
    return true;
  };
  const find = (id: string): DescribedElement | undefined => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const view = describe();
      if (answerDialog(view)) continue;
      const el = view.elements.find((e) => e.id === id);
      if (el) return el;
      if (!view.elements.some((e) => (e.scrollHidden ?? 0) > 0)) return undefined;
      scroll();
    }
    return undefined;
  };
  const agent: Agent = {
    task,
    p,
    get udid() {
      return udid;
    },
    appId,
    results,
    call,
    dev: (name, args = {}) => call(name, { udid, ...args }),
    js: (name, args = {}) => call(name, { device_id: udid, port, ...args }),
    devices() {
      const parsed = parseDeviceList(call('list-devices').text);
      if (!parsed.success) throw new Error(parsed.error.message);
      return parsed.value;
    },
    start() {
      const list = agent.devices();
      if (p.booted) return;
      const avd = typeof p.avd === 'string' ? p.avd : undefined;
      const args = avd !== undefined && list.avds.includes(avd) ? { avdName: avd } : { udid };
      if (call('boot-device', args).isError) call('boot-device', args);
      const booted = agent.devices().devices.find((d) => d.name === avd || d.udid === udid);
      if (booted) udid = booted.udid;
    },
    open() {
      if (task.platform === 'chromium') call('open-url', { udid, url: `https://${appId}/` });
      else call('launch-app', { udid, bundleId: appId });
      let view = describe();
      // A system dialog, then the app's first-run prompt under it.
      for (let i = 0; i < 3 && answerDialog(view); i += 1) view = describe();
      // A warm start resumed the app on a screen below home (it shows a back
      // button); start it over so paths from home hold.
      if (task.platform !== 'chromium' && view.elements.some((e) => /back$/i.test(e.id ?? ''))) {
        call('restart-app', { udid, bundleId: appId });
        for (let i = 0; i < 3 && answerDialog(describe()); i += 1);
      }
    },
    describe,
    find,
    tap(id) {
      const el = find(id);
      if (!el) throw new Error(`element ${id} not found on screen`);
      call('gesture-tap', { udid, ...frameCenter(el.frame) });
    },
    reach(path) {
      agent.open();
      for (const id of path) agent.tap(id);
    },
    connect() {
      call('debugger-connect', { device_id: udid, port });
    },
    tree() {
      const r = call('debugger-component-tree', { device_id: udid, port });
      const parsed = parseComponentTree(r.text);
      if (!parsed.success) throw new Error(`component tree: ${parsed.error.message}`);
      return parsed.value.nodes;
    },
    json: parse,
  };
  return agent;
}
