import { formatDescribe, type ScreenView, type ViewNode } from '@forge/gym';
import { platformOfUdid, type TrajectoryRecord } from '@forge/spec';
import {
  type Discovery,
  deviceOf,
  discoveryTools,
  parseDiscovery,
  targetAt,
} from '../internal/discovery.js';
import { isToggleRole } from '../internal/roles.js';
import type { Corruption } from './corruption.js';
import {
  type CallEntry,
  callEntries,
  entryAt,
  insertAfter,
  placesWhere,
  removeCall,
  replaceCall,
} from './edit.js';

/** Index of the latest successful discovery of the same device before entry `i`. */
function discoveryBefore(entries: readonly CallEntry[], i: number): number | undefined {
  const device = deviceOf(entries[i]?.call ?? { id: '', name: '', arguments: {} });
  for (let k = i - 1; k >= 0; k -= 1) {
    const e = entries[k] as CallEntry;
    if (
      discoveryTools.has(e.call.name) &&
      e.result &&
      !e.result.isError &&
      deviceOf(e.call) === device
    )
      return k;
  }
  return undefined;
}

function parsedAt(entries: readonly CallEntry[], k: number): Discovery | undefined {
  const e = entries[k];
  return e?.result ? parseDiscovery(e.call.name, e.result.content) : undefined;
}

/** A point on a coarse grid that lies in no target, scanning from the top left. */
function freePoint(discovery: Discovery): { x: number; y: number } | undefined {
  for (let gy = 1; gy < 50; gy += 1) {
    for (let gx = 1; gx < 25; gx += 1) {
      const x = gx / 25;
      const y = gy / 50;
      if (!targetAt(discovery.targets, x, y)) return { x, y };
    }
  }
  return undefined;
}

const isTap = (e: CallEntry) => e.call.name === 'gesture-tap';

/** A tap moved to a point no discovered element covers. */
export const ungroundedTap: Corruption = {
  name: 'ungrounded-tap',
  expectedCode: 'grounding.outside-elements',
  applicable: (record) =>
    placesWhere(record, (e, i, all) => {
      const k = isTap(e) ? discoveryBefore(all, i) : undefined;
      const d = k === undefined ? undefined : parsedAt(all, k);
      return d !== undefined && freePoint(d) !== undefined;
    }),
  apply(record, place) {
    const entries = callEntries(record);
    const entry = entryAt(record, place);
    const k = discoveryBefore(entries, place);
    const d = k === undefined ? undefined : parsedAt(entries, k);
    const point = d && freePoint(d);
    if (!point) throw new RangeError(`ungrounded-tap does not apply at ${place}`);
    return replaceCall(record, entry, {
      ...entry.call,
      arguments: { ...entry.call.arguments, ...point },
    });
  },
};

/** Every discovery before a tap removed, so the tap has nothing to stand on. */
export const tapBeforeDiscovery: Corruption = {
  name: 'tap-before-discovery',
  expectedCode: 'grounding.no-discovery',
  applicable: (record) => placesWhere(record, isTap),
  apply(record, place) {
    const tap = entryAt(record, place).call;
    let out = record;
    for (;;) {
      const entries = callEntries(out);
      const i = entries.findIndex((e) => e.call === tap);
      const k = entries.findIndex((e, j) => j < i && discoveryTools.has(e.call.name));
      if (k < 0) return out;
      out = removeCall(out, entries[k] as CallEntry);
    }
  },
};

const screenChangers = new Set([
  'launch-app',
  'open-url',
  'restart-app',
  'gesture-swipe',
  'gesture-scroll',
  'button',
]);

/**
 * Calls between two discoveries that certainly changed the screen: a
 * launch, link, swipe, scroll or button, or a mobile tap on anything but a
 * switch or checkbox (Chromium text boxes and toggles keep the screen).
 */
function changesScreen(all: readonly CallEntry[], k: number, lastDiscovery: number): boolean {
  const e = all[k] as CallEntry;
  if (screenChangers.has(e.call.name)) return true;
  if (e.call.name !== 'gesture-tap' || typeof e.call.arguments.udid !== 'string') return false;
  if (platformOfUdid(e.call.arguments.udid) === 'chromium') return false;
  const { x, y } = e.call.arguments;
  const hit =
    typeof x === 'number' && typeof y === 'number'
      ? targetAt(parsedAt(all, lastDiscovery)?.targets ?? [], x, y)
      : undefined;
  return hit !== undefined && !isToggleRole(hit.role);
}

/** The re-discovery after a screen change removed: the tap relies on the old screen. */
export const staleDiscovery: Corruption = {
  name: 'stale-discovery',
  expectedCode: 'grounding.stale-discovery',
  applicable: (record) =>
    placesWhere(record, (e, i, all) => {
      const d = isTap(e) ? discoveryBefore(all, i) : undefined;
      const d0 = d === undefined ? undefined : discoveryBefore(all, d);
      if (d === undefined || d0 === undefined) return false;
      // Retries of a failed discovery sit between them too; only a real screen change counts.
      const between = Array.from({ length: d - d0 - 1 }, (_, j) => d0 + 1 + j);
      return (
        between.some((k) => changesScreen(all, k, d0)) &&
        all.slice(d + 1, i).every((x) => !discoveryTools.has(x.call.name))
      );
    }),
  apply(record, place) {
    const d = discoveryBefore(callEntries(record), place);
    if (d === undefined) throw new RangeError(`stale-discovery does not apply at ${place}`);
    return removeCall(record, entryAt(record, d));
  },
};

function homeScreen(bundleId: string, name: string): ScreenView {
  const icon: ViewNode = {
    id: `icon-${bundleId}`,
    role: 'icon',
    label: name,
    value: undefined,
    frame: { x: 0.06, y: 0.08, w: 0.17, h: 0.09 },
    depth: 1,
    flags: ['clickable'],
    el: null,
    hittable: true,
    component: undefined,
  };
  return { kind: 'home', nodes: [icon], app: null, screen: null, title: 'Home', dialog: null };
}

/** A launch-app replaced by reading the home screen and tapping the app's icon. */
export const homeIconTap: Corruption = {
  name: 'home-icon-tap',
  expectedCode: 'policy.home-icon-tap',
  applicable: (record: TrajectoryRecord) =>
    placesWhere(
      record,
      (e) =>
        e.call.name === 'launch-app' &&
        typeof e.call.arguments.udid === 'string' &&
        record.meta.platform !== 'chromium',
    ),
  apply(record, place) {
    const entry = entryAt(record, place);
    const udid = String(entry.call.arguments.udid);
    const text = formatDescribe(
      homeScreen(String(entry.call.arguments.bundleId), record.meta.app),
      record.meta.platform,
    );
    const describe = { ...entry.call, name: 'describe', arguments: { udid } };
    const swapped = replaceCall(record, entry, describe, (m) => ({
      role: 'tool',
      toolCallId: m.toolCallId,
      name: 'describe',
      content: text,
    }));
    const moved = callEntries(swapped)[place] as CallEntry;
    return insertAfter(swapped, moved, [
      {
        name: 'gesture-tap',
        args: { udid, x: 0.145, y: 0.125 },
        content: '{"tapped":true,"timestampMs":0}',
      },
    ]);
  },
};
