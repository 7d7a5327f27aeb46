/**
 * Reading one history step into the expert's state. Pure: the state after a
 * step depends only on the state before it and the step's calls and results.
 */
import { elementAt } from '@forge/gym';
import type { HistoryStep, JsonObject, ToolCall, ToolResult } from '@forge/spec';
import { isBackButton } from './back-button.js';
import { devicesOf, isDiscoveryTool, jsonOf, seenOf } from './observations.js';
import { changesScreen } from './screen-changes.js';
import type { Seen } from './seen.js';
import { copyState, type DraftState, type ExpertState, type TapRecord } from './state.js';
import { hitNeighbour } from './wrong-turn.js';

/** Host tools whose output a plan reads back (what was released, updated, gathered). */
const hostTools = new Set([
  'gather-workspace-data',
  'update-argent',
  'dismiss-update',
  'stop-simulator-server',
]);

const notBootedPattern = /is not booted\. Boot it with boot-device/;
const crashPattern = /is not running \(it crashed\)/;
const dropPattern = /Debugger connection lost|Not connected to the JS runtime/;
const noRuntimePattern = /No React Native JS runtime|Could not reach Metro|Metro is not running/;

/** The state after one more step. */
export function foldStep(state: ExpertState, step: HistoryStep, index: number): ExpertState {
  const d = copyState(state);
  d.steps += 1;
  d.calls += step.calls.length;
  step.calls.forEach((call, i) => {
    const result = step.results[i];
    if (result) applyCall(d, call, result, index);
  });
  return d;
}

function applyCall(d: DraftState, call: ToolCall, result: ToolResult, index: number): void {
  const { name } = call;
  const args = call.arguments;
  d.lastTool = name;
  if (result.isError) {
    d.lastError = { tool: name, text: result.text };
    if (crashPattern.test(result.text)) d.crashed = true;
    if (notBootedPattern.test(result.text)) d.notBooted = true;
  }
  if (hostTools.has(name)) {
    const out = jsonOf(result);
    if (out) {
      const key = name === 'stop-simulator-server' ? `${name}:${String(args.udid)}` : name;
      d.outputs = { ...d.outputs, [key]: out };
    }
    return;
  }
  if (isDiscoveryTool(name)) {
    discovery(d, seenOf(name, result), result, index);
    return;
  }
  switch (name) {
    case 'list-devices':
      d.devices = devicesOf(result) ?? d.devices;
      return;
    case 'boot-device': {
      const out = jsonOf(result);
      if (out && typeof out.udid === 'string') {
        d.bootedUdid = out.udid;
        d.notBooted = false;
      } else if (result.isError) d.bootFailures += 1;
      return;
    }
    case 'debugger-connect':
      if (result.isError) d.describeOnly = true;
      else {
        d.debuggerConnected = true;
        d.debuggerDropped = false;
      }
      return;
    case 'debugger-status': {
      const out = jsonOf(result);
      d.debuggerChecked = true;
      d.debuggerConnected = out?.connected === true;
      return;
    }
    case 'stop-all-simulator-servers':
      if (!result.isError) d.released = true;
      return;
  }
  if (result.isError && name !== 'run-sequence') return;
  if (name === 'launch-app' || name === 'restart-app' || name === 'open-url') {
    if (d.launches > 0) d.restarts += 1;
    d.wrongTurn = false;
    d.launches += 1;
    d.crashed = false;
    d.scrollsHere = 0;
    // A launch starts the app over, away from whatever a link opened before it.
    d.openedUrl = name === 'open-url' && typeof args.url === 'string' ? args.url : undefined;
  } else if (name === 'gesture-tap') tap(d, args, index);
  else if (name === 'run-sequence') sequence(d, args, index);
  else if (name === 'gesture-swipe' || name === 'gesture-scroll') gesture(d, name, args);
  else if (name === 'button' && args.button === 'back') {
    d.backs += 1;
    d.wrongTurn = false;
  } else if (name === 'keyboard' && (args.key === 'Enter' || args.key === 'Return'))
    d.keySubmits += 1;
  if (changesScreen(name, args)) d.fresh = false;
}

function discovery(d: DraftState, seen: Seen | undefined, result: ToolResult, index: number): void {
  if (!seen) {
    d.discoveryFailures += 1;
    d.discoveryError = result.text;
    if (dropPattern.test(result.text)) {
      d.debuggerConnected = false;
      d.debuggerDropped = true;
      d.debuggerChecked = false;
    } else if (noRuntimePattern.test(result.text)) d.describeOnly = true;
    return;
  }
  // Reading the screen with describe right after the component tree means the
  // tree lacked something (scroll state, a dialog, the keyboard): stay with describe.
  if (seen.tool === 'describe' && d.fresh && d.seen?.tool === 'debugger-component-tree')
    d.describeOnly = true;
  judgeTap(d, seen);
  d.seen = seen;
  d.seenStep = index;
  d.fresh = true;
  d.discoveryFailures = 0;
  d.discoveryError = undefined;
}

/**
 * A tap made after the previous discovery is judged by the next one: the
 * same text means nothing happened (a missed tap); the app gone means it
 * crashed; a "content updated" banner that was not there before means the
 * content moved under the point; a new screen named like the element just
 * above the target means the tap hit that element (content slid down).
 */
function judgeTap(d: DraftState, seen: Seen): void {
  const t = d.lastTap;
  if (!t || t.step <= d.seenStep || t.id === undefined || !t.from) return;
  // Putting off an app's prompt shows the screen it covered: no row slid under that tap.
  const wrongTurn = !t.from.prompt && hitNeighbour(t.from, t.id, seen);
  const missed =
    wrongTurn || !seen.inApp || seen.text === t.from.text || (seen.moved && !t.from.moved);
  d.wrongTurn = wrongTurn;
  const landed = { ...d.landed };
  const miss = { ...d.missed };
  if (missed) {
    miss[t.id] = true;
    delete landed[t.id];
  } else {
    landed[t.id] = true;
    delete miss[t.id];
  }
  d.landed = landed;
  d.missed = miss;
}

function tap(d: DraftState, args: JsonObject, index: number): void {
  const x = args.x;
  const y = args.y;
  if (typeof x !== 'number' || typeof y !== 'number') return;
  const from = d.fresh ? d.seen : undefined;
  const el = from ? elementAt(from.elements, x, y) : undefined;
  const record: TapRecord = { id: el?.id, label: el?.label ?? '', from, step: index };
  d.lastTap = record;
  d.wrongTurn = false;
  if (el?.id !== undefined) d.tapsOn = { ...d.tapsOn, [el.id]: (d.tapsOn[el.id] ?? 0) + 1 };
  if (el !== undefined && isBackButton(el)) d.backs += 1;
  d.scrollsHere = 0;
}

function sequence(d: DraftState, args: JsonObject, index: number): void {
  const steps = Array.isArray(args.steps) ? args.steps : [];
  for (const s of steps) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) continue;
    const tool = s.tool;
    const inner = s.args;
    if (typeof tool !== 'string' || typeof inner !== 'object' || inner === null) continue;
    if (Array.isArray(inner)) continue;
    if (tool === 'gesture-tap') tap(d, inner, index);
    else if (tool === 'gesture-swipe' || tool === 'gesture-scroll') gesture(d, tool, inner);
    else if (tool === 'button' && inner.button === 'back') d.backs += 1;
    else if (tool === 'keyboard' && (inner.key === 'Enter' || inner.key === 'Return'))
      d.keySubmits += 1;
  }
}

function gesture(d: DraftState, name: string, args: JsonObject): void {
  const fromX = Number(args.fromX ?? 0.5);
  const toX = Number(args.toX ?? 0.5);
  if (name === 'gesture-swipe' && fromX <= 0.05 && toX - fromX >= 0.3) {
    d.backs += 1;
    d.wrongTurn = false;
  } else d.scrollsHere += 1;
}
