/** The device platforms the default toolkit drives. */
export type Platform = 'ios' | 'android' | 'chromium';

/** Every platform, in a stable order. */
export const platforms: readonly Platform[] = ['ios', 'android', 'chromium'];

const uuidPattern = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/**
 * The platform a device id selects, by its shape, as the toolkit decides it:
 * a UUID is an iOS simulator, `chromium-cdp-<port>` a Chromium/Electron
 * target, anything else an Android serial.
 */
export function platformOfUdid(udid: string): Platform {
  if (uuidPattern.test(udid)) return 'ios';
  if (/^chromium-cdp-\d+$/.test(udid)) return 'chromium';
  return 'android';
}
