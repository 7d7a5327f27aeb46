import { platformOfUdid } from '@forge/spec';
import { deviceOf } from '../internal/discovery.js';
import { asksForMetro } from '../rules/session.js';
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

const sequenceResult = (tool: string) =>
  JSON.stringify({ completed: 1, total: 1, steps: [{ tool, ok: true }] });

/** A tap wrapped in a run-sequence whose step repeats the udid. */
export const sequenceWithUdid: Corruption = {
  name: 'sequence-with-udid',
  expectedCode: 'policy.sequence-udid',
  applicable: (record) =>
    placesWhere(
      record,
      (e) => e.call.name === 'gesture-tap' && typeof e.call.arguments.udid === 'string',
    ),
  apply(record, place) {
    const e = entryAt(record, place);
    const args = {
      udid: e.call.arguments.udid as string,
      steps: [{ tool: 'gesture-tap', args: e.call.arguments }],
    };
    return replaceCall(record, e, { ...e.call, name: 'run-sequence', arguments: args }, (m) => ({
      ...m,
      name: 'run-sequence',
      content: sequenceResult('gesture-tap'),
    }));
  },
};

/** A describe wrapped in a run-sequence, where only input tools may run. */
export const sequenceForbiddenTool: Corruption = {
  name: 'sequence-forbidden-tool',
  expectedCode: 'policy.sequence-forbidden-tool',
  applicable: (record) =>
    placesWhere(
      record,
      (e) => e.call.name === 'describe' && typeof e.call.arguments.udid === 'string',
    ),
  apply(record, place) {
    const e = entryAt(record, place);
    const args = { udid: e.call.arguments.udid as string, steps: [{ tool: 'describe', args: {} }] };
    return replaceCall(record, e, { ...e.call, name: 'run-sequence', arguments: args }, (m) => ({
      ...m,
      name: 'run-sequence',
      content: sequenceResult('describe'),
    }));
  },
};

/** Two screenshots in a row after a device call. */
export const screenshotPolling: Corruption = {
  name: 'screenshot-polling',
  expectedCode: 'policy.screenshot-polling',
  applicable: (record) => placesWhere(record, (e) => typeof e.call.arguments.udid === 'string'),
  apply(record, place) {
    const e = entryAt(record, place);
    const udid = e.call.arguments.udid as string;
    const shot = (n: number) => ({
      name: 'screenshot',
      args: { udid },
      content: JSON.stringify({
        path: `/tmp/argent/screenshots/poll-${n}.png`,
        width: 1179,
        height: 2556,
        imageInContext: true,
      }),
    });
    return insertAfter(record, e, [shot(1), shot(2)]);
  },
};

const releases = (e: CallEntry) =>
  e.call.name === 'stop-all-simulator-servers' || e.call.name === 'stop-simulator-server';

/** The final device release removed. */
export const missingRelease: Corruption = {
  name: 'missing-release',
  expectedCode: 'policy.no-release',
  applicable(record) {
    const entries = callEntries(record);
    const last = entries.map(releases).lastIndexOf(true);
    // Only where the release matters: some device was driven before it. A
    // host-only episode (update notices, workspace data) holds no device.
    const drove = entries.slice(0, Math.max(0, last)).some((e) => deviceOf(e.call) !== undefined);
    return last >= 0 &&
      drove &&
      entries[last]?.call.name === 'stop-all-simulator-servers' &&
      entries.filter(releases).length === 1
      ? [last]
      : [];
  },
  apply: (record, place) => removeCall(record, entryAt(record, place)),
};

/** A mobile swipe sent as a Chromium-only scroll, or a Chromium scroll as a mobile-only swipe. */
export const wrongPlatform: Corruption = {
  name: 'wrong-platform',
  expectedCode: 'policy.wrong-platform',
  applicable: (record) =>
    placesWhere(record, (e) => {
      const udid = e.call.arguments.udid;
      if (typeof udid !== 'string') return false;
      const chromium = platformOfUdid(udid) === 'chromium';
      return chromium ? e.call.name === 'gesture-scroll' : e.call.name === 'gesture-swipe';
    }),
  apply(record, place) {
    const e = entryAt(record, place);
    const a = e.call.arguments;
    const n = (k: string) => (typeof a[k] === 'number' ? (a[k] as number) : 0.5);
    const call =
      e.call.name === 'gesture-swipe'
        ? {
            ...e.call,
            name: 'gesture-scroll',
            arguments: {
              udid: a.udid as string,
              x: n('fromX'),
              y: n('fromY'),
              deltaY: n('fromY') - n('toY'),
            },
          }
        : {
            ...e.call,
            name: 'gesture-swipe',
            arguments: { udid: a.udid as string, fromX: n('x'), fromY: 0.7, toX: n('x'), toY: 0.4 },
          };
    return replaceCall(record, e, call, (m) => ({ ...m, name: call.name }));
  },
};

/** Typing right after a launch, before any field was tapped. */
export const typeWithoutFocus: Corruption = {
  name: 'type-without-focus',
  expectedCode: 'policy.type-without-focus',
  applicable: (record) =>
    placesWhere(
      record,
      (e) =>
        (e.call.name === 'launch-app' || e.call.name === 'open-url') &&
        typeof e.call.arguments.udid === 'string',
    ),
  apply(record, place) {
    const e = entryAt(record, place);
    const udid = e.call.arguments.udid as string;
    return insertAfter(record, e, [
      { name: 'keyboard', args: { udid, text: 'hello' }, content: '{"typed":"hello","keys":5}' },
    ]);
  },
};

/** Metro stopped although the user never mentioned it. */
export const stopMetroUnasked: Corruption = {
  name: 'stop-metro-unasked',
  expectedCode: 'policy.stop-metro-unasked',
  applicable: (record) =>
    record.messages.some((m) => m.role === 'user' && asksForMetro.test(m.content))
      ? []
      : placesWhere(record, () => true),
  apply: (record, place) =>
    insertAfter(record, entryAt(record, place), [
      { name: 'stop-metro', args: {}, content: '{"stopped":true,"port":8081}' },
    ]),
};
