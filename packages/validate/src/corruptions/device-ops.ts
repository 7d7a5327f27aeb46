import { platformOfUdid } from '@forge/spec';
import { deviceOf } from '../internal/discovery.js';
import type { Corruption } from './corruption.js';
import { callEntries, entryAt, insertAfter, placesWhere, removeCall, replaceCall } from './edit.js';

/** list-devices moved after the first call that uses a device. */
export const wrongDeviceOrder: Corruption = {
  name: 'wrong-device-order',
  expectedCode: 'device-order.not-listed',
  applicable(record) {
    const entries = callEntries(record);
    const list = entries.findIndex((e) => e.call.name === 'list-devices');
    const use = entries.findIndex((e) => deviceOf(e.call) !== undefined);
    return list >= 0 &&
      use > list &&
      entries.slice(0, list).every((e) => deviceOf(e.call) === undefined)
      ? [list]
      : [];
  },
  apply(record, place) {
    const list = entryAt(record, place);
    const without = removeCall(record, list);
    const use = callEntries(without).find((e) => deviceOf(e.call) !== undefined);
    if (!use) throw new RangeError('wrong-device-order needs a device call after list-devices');
    return insertAfter(without, use, [
      { name: 'list-devices', args: list.call.arguments, content: list.result?.content ?? '{}' },
    ]);
  },
};

/** A device id of the same platform that no observation returned. */
function strangerOf(udid: string): string {
  const platform = platformOfUdid(udid);
  if (platform === 'ios')
    return udid.startsWith('0')
      ? '11111111-2222-4333-8444-555555555555'
      : '00000000-1111-4222-8333-444444444444';
  if (platform === 'chromium')
    return udid === 'chromium-cdp-9999' ? 'chromium-cdp-9998' : 'chromium-cdp-9999';
  return udid === 'emulator-5598' ? 'emulator-5596' : 'emulator-5598';
}

/** A call's udid swapped for one no earlier observation returned. */
export const unknownUdid: Corruption = {
  name: 'unknown-udid',
  expectedCode: 'device-order.unknown-device',
  applicable(record) {
    const entries = callEntries(record);
    const listed = entries.findIndex((e) => e.call.name === 'list-devices');
    return placesWhere(
      record,
      (e, i) => listed >= 0 && i > listed && typeof e.call.arguments.udid === 'string',
    );
  },
  apply(record, place) {
    const e = entryAt(record, place);
    const udid = strangerOf(String(e.call.arguments.udid));
    return replaceCall(record, e, { ...e.call, arguments: { ...e.call.arguments, udid } });
  },
};
