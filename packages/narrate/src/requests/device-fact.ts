/**
 * The device the user must name. Rule 1 of the system prompt picks the
 * device the user named, otherwise a running one, otherwise one of the
 * project's platform; the expert drives the task's own device, which is
 * the one holding the app. When the device list alone (and the platform the
 * request names) leaves more than one candidate, or points at another
 * device, nothing in the conversation says which one the calls use: a
 * request that leaves it out teaches a model to pick a udid by luck (1 record
 * in 3 of a 1,500-episode run), so the request names it.
 */
import { type EpisodeDraft, type Platform, platformOfUdid } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import { firstUdid, ownDeviceFamilies } from './device-mention.js';

interface Listed {
  readonly udid: string;
  readonly name: string;
  readonly platform: string;
  readonly running: boolean;
}

const runningStates = new Set(['Booted', 'device', 'connected']);

/** Words that tell the platform: with them, rule 1 only looks at that platform's devices. */
const platformWords: Readonly<Record<Platform, RegExp>> = {
  ios: /\b(ios|iphone|ipad|simulator)\b/i,
  android: /\b(android|emulator|pixel)\b/i,
  chromium: /\b(chromium|chrome|browser|electron)\b/i,
};

/** The devices of the episode's first list-devices result, when it is the JSON the toolkit prints. */
function listedDevices(draft: EpisodeDraft): readonly Listed[] | undefined {
  for (const step of draft.steps)
    for (const [i, call] of step.calls.entries()) {
      if (call.name !== 'list-devices') continue;
      const result = step.results[i];
      if (!result || result.isError) continue;
      try {
        const parsed = JSON.parse(result.text) as { devices?: unknown };
        if (!Array.isArray(parsed.devices)) return undefined;
        return parsed.devices.flatMap((d) => {
          const r = d as Record<string, unknown>;
          return typeof r.udid === 'string' && typeof r.state === 'string'
            ? [
                {
                  udid: r.udid,
                  name: typeof r.name === 'string' ? r.name : '',
                  platform: typeof r.platform === 'string' ? r.platform : platformOfUdid(r.udid),
                  running: runningStates.has(r.state),
                },
              ]
            : [];
        });
      } catch {
        return undefined;
      }
    }
  return undefined;
}

/** The device's name when no other listed name contains it or is contained in it; else its udid. */
function label(device: Listed, list: readonly Listed[]): string {
  const name = device.name.toLowerCase();
  const clash = list.some(
    (d) =>
      d.udid !== device.udid &&
      (containsWhole(d.name.toLowerCase(), name) || containsWhole(name, d.name.toLowerCase())),
  );
  return device.name === '' || clash ? device.udid : device.name;
}

/** How a request names the device the calls use (a unique name, else the udid), if a list showed it. */
export function usedDeviceLabel(draft: EpisodeDraft): string | undefined {
  const udid = firstUdid(draft);
  const list = listedDevices(draft);
  const used = list?.find((d) => d.udid === udid);
  return list && used ? label(used, list) : undefined;
}

/**
 * How the request must name the device the calls use (a unique name, else
 * the udid), or undefined when the request does already or rule 1 picks it
 * from the list without help.
 */
export function deviceToName(draft: EpisodeDraft, request: string): string | undefined {
  if (ownDeviceFamilies.has(draft.task.family)) return undefined;
  const udid = firstUdid(draft);
  const list = listedDevices(draft);
  if (!list) return undefined;
  const lower = request.toLowerCase();
  const platform = draft.task.platform;
  const pool = platformWords[platform].test(request)
    ? list.filter((d) => d.platform === platform)
    : list;
  const up = pool.filter((d) => d.running);
  const used = list.find((d) => d.udid === udid);
  if (!used) {
    // Booted from an AVD the list showed: with a running candidate (or
    // another AVD) the user must say which emulator to boot.
    const avd = bootedAvd(draft);
    if (avd === undefined || containsWhole(lower, avd.toLowerCase())) return undefined;
    return up.length > 0 || avdCount(draft) > 1 ? avd : undefined;
  }
  const said = label(used, list);
  if (containsWhole(lower, udid?.toLowerCase() ?? '') || containsWhole(lower, said.toLowerCase()))
    return undefined;
  const candidates = up.length > 0 ? up : pool;
  if (candidates.length === 1 && candidates[0]?.udid === used.udid) return undefined;
  return said;
}

/** The AVD the first boot-device call boots, if any. */
function bootedAvd(draft: EpisodeDraft): string | undefined {
  for (const step of draft.steps)
    for (const call of step.calls)
      if (call.name === 'boot-device' && typeof call.arguments.avdName === 'string')
        return call.arguments.avdName;
  return undefined;
}

/** How many AVDs the first list-devices result offered. */
function avdCount(draft: EpisodeDraft): number {
  for (const step of draft.steps)
    for (const [i, call] of step.calls.entries()) {
      if (call.name !== 'list-devices') continue;
      try {
        const avds = (JSON.parse(step.results[i]?.text ?? '') as { avds?: unknown }).avds;
        return Array.isArray(avds) ? avds.length : 0;
      } catch {
        return 0;
      }
    }
  return 0;
}
