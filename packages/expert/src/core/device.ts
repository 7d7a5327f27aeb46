/**
 * Choosing the device (rule 1): the one the task names, else a running
 * device of the task's platform, else one to boot. Never assumes iOS.
 */
import type { ListedDevice } from '@forge/gym';
import type { JsonObject, Task } from '@forge/spec';
import type { ExpertState } from './state.js';

/** The device to use, and the boot-device arguments when it must be booted first. */
export interface DeviceChoice {
  readonly udid: string | undefined;
  readonly boot: JsonObject | undefined;
}

const runningStates = new Set(['Booted', 'device', 'connected']);

function running(d: ListedDevice): boolean {
  return runningStates.has(d.state);
}

/** The device choice for a task, from the last device list and any boot since. */
export function chooseDevice(task: Task, state: ExpertState): DeviceChoice {
  if (state.bootedUdid !== undefined) return { udid: state.bootedUdid, boot: undefined };
  const list = state.devices;
  if (!list) return { udid: undefined, boot: undefined };
  const named = task.privileged.udid;
  const avd = task.privileged.avd;
  const listed = list.devices.find((d) => d.udid === named);
  if (listed)
    return { udid: listed.udid, boot: running(listed) ? undefined : { udid: listed.udid } };
  if (typeof avd === 'string' && list.avds.includes(avd))
    return { udid: undefined, boot: { avdName: avd } };
  const same = list.devices.filter((d) => d.platform === task.platform);
  const up = same.find(running);
  if (up) return { udid: up.udid, boot: undefined };
  const down = same[0];
  if (down) return { udid: down.udid, boot: { udid: down.udid } };
  const firstAvd = task.platform === 'android' ? list.avds[0] : undefined;
  if (firstAvd !== undefined) return { udid: undefined, boot: { avdName: firstAvd } };
  return { udid: typeof named === 'string' ? named : undefined, boot: undefined };
}
