/**
 * The `list-devices` observation: JSON with running and shut-down devices,
 * bootable Android virtual devices, and an update notice when one is due.
 */
import type { Platform } from '@forge/spec';
import { fail, ok, type Result } from '@forge/spec';
import type { WorldState } from '../world/state.js';
import type { ObservationParseError } from './describe-parse.js';

/** One device as list-devices reports it. */
export interface ListedDevice {
  readonly udid: string;
  readonly name: string;
  readonly platform: Platform;
  /** `Booted` / `Shutdown` (iOS), `device` (Android), `connected` (Chromium). */
  readonly state: string;
  readonly os: string;
}

/** A parsed list-devices observation. */
export interface DeviceList {
  readonly devices: readonly ListedDevice[];
  /** Android virtual devices that can be booted with boot-device. */
  readonly avds: readonly string[];
  readonly notice?: string;
}

/** The list-devices text of a world. */
export function formatDeviceList(state: WorldState): string {
  const devices: ListedDevice[] = [];
  const avds: string[] = [];
  for (const d of state.devices) {
    if (d.platform === 'android' && !d.booted) {
      if (d.avd !== null) avds.push(d.avd);
      continue;
    }
    const status =
      d.platform === 'ios'
        ? d.booted
          ? 'Booted'
          : 'Shutdown'
        : d.platform === 'android'
          ? 'device'
          : 'connected';
    devices.push({
      udid: d.udid,
      name: d.name,
      platform: d.platform,
      state: status,
      os: d.osVersion,
    });
  }
  const u = state.update;
  const notice =
    u.available !== null && !u.applied && u.snoozedHours === 0
      ? `Update available: argent ${u.available} (installed ${u.current}). Run update-argent to install it or dismiss-update to snooze this notice.`
      : undefined;
  return JSON.stringify(
    notice === undefined ? { devices, avds } : { devices, avds, notice },
    null,
    2,
  );
}

/** Parses a list-devices observation. */
export function parseDeviceList(text: string): Result<DeviceList, ObservationParseError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected the JSON that list-devices prints',
    });
  }
  const v = value as { devices?: unknown; avds?: unknown; notice?: unknown };
  if (!Array.isArray(v.devices) || !Array.isArray(v.avds)) {
    return fail({
      code: 'not-this-observation',
      line: 1,
      message: 'expected "devices" and "avds" arrays',
    });
  }
  return ok({
    devices: v.devices as ListedDevice[],
    avds: v.avds as string[],
    ...(typeof v.notice === 'string' ? { notice: v.notice } : {}),
  });
}
