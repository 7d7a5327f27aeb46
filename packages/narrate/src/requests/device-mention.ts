import { type EpisodeDraft, platformOfUdid } from '@forge/spec';

/** The device the episode actually drove, as the user could have named it. */
export interface DeviceMention {
  readonly udid: string;
  /** A human name read from the list-devices output, when one was found. */
  readonly name?: string;
}

/**
 * Families whose params name the device (or the AVD to boot) already: a
 * request needs no other word for which device to use.
 */
export const ownDeviceFamilies: ReadonlySet<string> = new Set(['android-boot', 'device-release']);

/** The first device (udid or device_id) any call of the episode names. */
export function firstUdid(draft: EpisodeDraft): string | undefined {
  for (const step of draft.steps)
    for (const call of step.calls) {
      const id = call.arguments.udid ?? call.arguments.device_id;
      if (typeof id === 'string' && id !== '') return id;
    }
  return undefined;
}

function nameFromJson(text: string, udid: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const queue: unknown[] = [parsed];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>;
      const id = record.udid ?? record.id ?? record.serial;
      if (id === udid && typeof record.name === 'string' && record.name !== '') return record.name;
      queue.push(...Object.values(record));
    }
  }
  return undefined;
}

// A text listing usually puts the name first on the device's line: "iPhone 15 (UDID) Booted".
function nameFromLine(text: string, udid: string): string | undefined {
  const line = text.split('\n').find((l) => l.includes(udid));
  if (!line) return undefined;
  const head = line.split(udid)[0]?.replace(/^[\s\-*•|]+/, '') ?? '';
  const name = head.replace(/[\s([{|:,-]+$/, '').trim();
  if (/^(udid|id|serial|device|name)$/i.test(name)) return undefined;
  return /^[A-Za-z][\w .'-]{1,38}$/.test(name) ? name : undefined;
}

/**
 * The device the calls used, and its name if a list-devices result showed
 * one. Naming only this device keeps the request consistent with the expert,
 * which picks the device the user named.
 */
export function deviceMention(draft: EpisodeDraft): DeviceMention | undefined {
  const udid = firstUdid(draft);
  if (udid === undefined) return undefined;
  for (const step of draft.steps) {
    for (let i = 0; i < step.calls.length; i += 1) {
      if (step.calls[i]?.name !== 'list-devices') continue;
      const text = step.results[i]?.text ?? '';
      const name = nameFromJson(text, udid) ?? nameFromLine(text, udid);
      if (name !== undefined) return { udid, name };
    }
  }
  // An Android serial such as emulator-5554 is how people name that device anyway.
  return platformOfUdid(udid) === 'android' ? { udid, name: udid } : { udid };
}
