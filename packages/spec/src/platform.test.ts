import { describe, expect, it } from 'vitest';
import { platformOfUdid } from './platform.js';

describe('platformOfUdid', () => {
  it('reads the platform from the id shape', () => {
    expect(platformOfUdid('8A1C2F3E-1B2C-4D5E-8F90-123456789ABC')).toBe('ios');
    expect(platformOfUdid('chromium-cdp-9222')).toBe('chromium');
    expect(platformOfUdid('emulator-5554')).toBe('android');
    expect(platformOfUdid('chromium-cdp-')).toBe('android');
  });
});
