/**
 * TEST HELPER: random but valid tool calls for an episode, for properties
 * that must exercise real transitions rather than argument errors. A call
 * is built from a random `CallChoice` and what the caller has observed so
 * far: it names the episode's udid and app, taps centres of elements a
 * prior describe listed, asks for request ids a prior network log listed,
 * and fills every other argument inside its schema. Only tools that apply
 * to the episode's platform (and JS-runtime tools only for React Native
 * apps) are drawn, as a competent agent would choose.
 */
import {
  defaultToolPlatforms,
  type JsonObject,
  type JsonValue,
  type Task,
  type ToolCall,
  type ToolResult,
  type ToolSpec,
} from '@forge/spec';
import fc from 'fast-check';
import { type DescribedElement, parseDescribe } from '../observe/describe-parse.js';
import { frameCenter } from '../observe/geometry.js';
import { parseNetworkLog } from '../observe/network-log.js';

/** The random part of one call; the rest comes from observations. */
export interface CallChoice {
  /** Below 6 of 10: one of the everyday tools; otherwise any applicable tool. */
  readonly bucket: number;
  readonly tool: number;
  /** Picks an element, an enum value, a request id. */
  readonly pick: number;
  readonly u: number;
  readonly v: number;
  readonly flag: boolean;
}

export const callChoiceArb: fc.Arbitrary<CallChoice> = fc.record({
  bucket: fc.nat({ max: 9 }),
  tool: fc.nat(),
  pick: fc.nat(),
  u: fc.double({ min: 0, max: 1, noNaN: true }),
  v: fc.double({ min: 0, max: 1, noNaN: true }),
  flag: fc.boolean(),
});

/** What an agent knows when it picks the next call. */
export interface CallContext {
  readonly task: Task;
  readonly tools: readonly ToolSpec[];
  /** Elements of the latest successful describe. */
  elements: readonly DescribedElement[];
  /** Request ids of the latest network log page. */
  requestIds: readonly string[];
  /** False until the episode's device is booted (boot-timeout starts it shut down). */
  booted: boolean;
  /** True after debugger-connect, until a call says the connection is gone. */
  connected: boolean;
}

/** The tools an agent reaches for most, on any app. */
const everyday = [
  'describe',
  'gesture-tap',
  'gesture-tap',
  'gesture-swipe',
  'gesture-scroll',
  'screenshot',
  'launch-app',
  'open-url',
  'keyboard',
  'list-devices',
];

/** A fresh context for an episode. */
export function callContext(task: Task, tools: readonly ToolSpec[]): CallContext {
  return {
    task,
    tools,
    elements: [],
    requestIds: [],
    booted: task.privileged.booted !== false,
    connected: false,
  };
}

const isJsTool = (spec: ToolSpec) =>
  (spec.inputSchema as { required?: string[] }).required?.includes('device_id') ?? false;

/** Tools that apply to the episode's platform and app kind. */
function applicable(ctx: CallContext): ToolSpec[] {
  const rn = ctx.task.privileged.appKind === 'react-native';
  return ctx.tools.filter(
    (t) => (defaultToolPlatforms[t.name] ?? []).includes(ctx.task.platform) && (rn || !isJsTool(t)),
  );
}

/** A valid call for the choice in the context. */
export function validCall(ctx: CallContext, choice: CallChoice, id: string): ToolCall {
  // Nothing but boot-device works on a shut-down device.
  if (!ctx.booted) return { id, name: 'boot-device', arguments: bootArguments(ctx.task) };
  const pool = applicable(ctx);
  const names = new Set(pool.map((t) => t.name));
  const common = everyday.filter((n) => names.has(n));
  const drawn =
    choice.bucket < 6 && common.length > 0
      ? (common[choice.tool % common.length] as string)
      : (pool[choice.tool % pool.length]?.name ?? 'list-devices');
  // The JS tools past connect and status need a live debugger connection.
  const spec = pool.find((t) => t.name === drawn);
  const name =
    spec && isJsTool(spec) && !ctx.connected && !unconnected.has(drawn)
      ? 'debugger-connect'
      : drawn;
  return { id, name, arguments: validArguments(ctx, name, choice) };
}

const unconnected = new Set(['debugger-connect', 'debugger-status', 'stop-metro']);

function bootArguments(task: Task): JsonObject {
  const avd = task.privileged.avd;
  return typeof avd === 'string' ? { avdName: avd } : { udid: String(task.privileged.udid) };
}

/** Learns from a result what later calls may name. */
export function observe(ctx: CallContext, call: ToolCall, result: ToolResult): void {
  if (result.isError) {
    if (result.text.includes('debugger-connect')) ctx.connected = false;
    return;
  }
  if (call.name === 'boot-device') ctx.booted = true;
  else if (call.name === 'debugger-connect') ctx.connected = true;
  else if (call.name === 'describe') {
    const parsed = parseDescribe(result.text);
    if (parsed.success) ctx.elements = parsed.value.elements;
  } else if (call.name === 'view-network-logs') {
    const parsed = parseNetworkLog(result.text);
    if (parsed.success) ctx.requestIds = parsed.value.entries.map((e) => e.id);
  }
}

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** Schema-valid arguments of a named tool in the context. */
export function validArguments(ctx: CallContext, name: string, c: CallChoice): JsonObject {
  const p = ctx.task.privileged;
  const udid = String(p.udid);
  const appId = String(p.appId);
  const target = at(ctx.elements, c.pick);
  const point = target ? frameCenter(target.frame) : { x: c.u, y: c.v };
  const root = typeof p.projectRoot === 'string' ? p.projectRoot : `/Users/dev/projects/${appId}`;
  const url =
    typeof ctx.task.params.url === 'string'
      ? ctx.task.params.url
      : `https://${appId}/${c.flag ? '' : (at(['settings', 'profile', 'catalog'], c.pick) ?? '')}`;
  // Semantic arguments first; `fill` covers the rest from the schema.
  const known: Record<string, JsonValue | undefined> = {
    udid,
    device_id: udid,
    bundleId: appId,
    port: typeof p.metroPort === 'number' ? p.metroPort : undefined,
    x: point.x,
    y: point.y,
    centerX: point.x,
    centerY: point.y,
    fromX: point.x,
    fromY: point.y,
    toX: point.x,
    toY: Math.max(0, point.y - 0.3 * c.v),
    startDistance: 0.1,
    endDistance: 0.1 + 0.5 * c.u,
    radius: 0.2,
    startAngle: 0,
    endAngle: 90 * c.v,
    deltaY: c.flag ? 0.3 : -0.3,
    url,
    appPath: typeof p.appPath === 'string' ? p.appPath : `/builds/${appId}.app`,
    text: 'hello',
    key: at(['Return', 'Tab', 'Backspace'], c.pick) ?? 'Return',
    expression: '1 + 1',
    requestId: at(ctx.requestIds, c.pick) ?? 'req-1',
    project_root: root,
    workspacePath: root,
    component_name: 'App',
    name: 'smoke',
    executionPrerequisite: 'the app is on its home screen',
    message: 'checkpoint',
    command: 'describe',
    args: JSON.stringify({ udid }),
    hours: 1 + (c.pick % 24),
    events: [
      { type: 'Down', x: point.x, y: point.y },
      { type: 'Up', x: point.x, y: point.y },
    ],
    steps: [{ tool: 'gesture-tap', args: { x: point.x, y: point.y } }],
    prerequisiteAcknowledged: true,
    captureBaseline: true,
    tab: 0,
    value: 'on',
    includeBody: c.flag,
  };
  if (name === 'boot-device') return bootArguments(ctx.task);
  const spec = ctx.tools.find((t) => t.name === name);
  const schema = (spec?.inputSchema ?? {}) as Schema;
  const args: JsonObject = {};
  const required = new Set(schema.required ?? []);
  for (const key of Object.keys(schema.properties ?? {})) {
    // Optional arguments are passed when their meaning is known (a cookie's
    // name, a tab index, what to type), as a caller that read the docs would.
    // describe's optional bundleId would refuse to look at anything but the app.
    if (!required.has(key) && key === 'bundleId') continue;
    const value = known[key] ?? (required.has(key) ? fill(schema.properties?.[key], c) : undefined);
    if (value !== undefined) args[key] = value;
  }
  // keyboard takes text or a key; both at once is legal but not what agents send.
  if (name === 'keyboard') delete args[c.flag ? 'key' : 'text'];
  return args;
}

interface Schema {
  readonly type?: string;
  readonly enum?: readonly JsonValue[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
}

/** A value inside a property's schema. */
function fill(s: Schema | undefined, c: CallChoice): JsonValue | undefined {
  if (!s) return undefined;
  if (s.enum) return s.enum[c.pick % s.enum.length] ?? null;
  const lo = s.minimum ?? 0;
  const hi = s.maximum ?? lo + 10;
  switch (s.type) {
    case 'integer':
      return lo + (c.pick % (hi - lo + 1));
    case 'number':
      return lo + c.u * (hi - lo);
    case 'boolean':
      return c.flag;
    case 'string':
      return 'value';
    default:
      return undefined;
  }
}
