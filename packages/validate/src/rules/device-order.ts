import { parseDeviceList } from '@forge/gym';
import type { CallRule } from '../call-rule.js';
import { devicesOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/** What the episode has learnt about devices so far. */
interface DeviceKnowledge {
  listed: boolean;
  readonly udids: Set<string>;
  readonly avds: Set<string>;
}

/**
 * Device order: `list-devices` must have succeeded before any call that
 * names or boots a device, and every `udid` / `device_id` (and `avdName`),
 * those of the command a flow-add-step runs included, must have been
 * returned by an earlier observation: the list, or a boot-device result.
 * Codes: `device-order.not-listed`, `device-order.unknown-device`.
 */
export const deviceOrderRule: CallRule<DeviceKnowledge> = {
  gate: 'device-order',
  start: () => ({ listed: false, udids: new Set(), avds: new Set() }),
  check(known, call) {
    const devices = devicesOf(call);
    const avd = typeof call.arguments.avdName === 'string' ? call.arguments.avdName : undefined;
    if (devices.length === 0 && avd === undefined && call.name !== 'boot-device') return [];
    if (!known.listed) {
      return [
        finding(
          'device-order.not-listed',
          `${call.name} acts on a device before list-devices has listed the devices`,
        ),
      ];
    }
    const out: Finding[] = [];
    for (const device of devices) {
      if (known.udids.has(device)) continue;
      out.push(
        finding(
          'device-order.unknown-device',
          `${call.name} names device "${device}", which no earlier observation returned`,
        ),
      );
    }
    if (avd !== undefined && !known.avds.has(avd)) {
      out.push(
        finding(
          'device-order.unknown-device',
          `${call.name} boots AVD "${avd}", which list-devices did not return`,
        ),
      );
    }
    return out;
  },
  observe(known, call, outcome) {
    if (!outcome || outcome.isError) return;
    if (call.name === 'list-devices') {
      const parsed = parseDeviceList(outcome.text);
      if (!parsed.success) return;
      known.listed = true;
      for (const d of parsed.value.devices) known.udids.add(d.udid);
      for (const a of parsed.value.avds) known.avds.add(a);
    } else if (call.name === 'boot-device') {
      const udid = bootedUdid(outcome.text);
      if (udid !== undefined) known.udids.add(udid);
    }
  },
};

function bootedUdid(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { udid?: unknown };
    return typeof value.udid === 'string' ? value.udid : undefined;
  } catch {
    return undefined;
  }
}
