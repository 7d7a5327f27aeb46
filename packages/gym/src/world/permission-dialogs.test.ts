import { describe, expect, it } from 'vitest';
import { type DescribedElement, parseDescribe } from '../observe/describe-parse.js';
import { frameCenter } from '../observe/geometry.js';
import { harness } from '../testing/harness.js';

/** An app on a platform with a prompt for `permission` up, read through describe. */
function prompt(platform: 'ios' | 'android', permission: string) {
  const h = harness({ platform });
  const device = h.env.world.state.devices.find((d) => d.udid === h.udid);
  const rt = device?.apps[h.appId];
  if (!rt) throw new Error('app not running');
  rt.dialog = { permission };
  const name = h.env.world.apps[h.appId]?.name ?? '';
  const read = () => {
    const parsed = parseDescribe(h.dev('describe').text);
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.value;
  };
  const view = read();
  // The first element is the usage message; the buttons follow in reading order.
  const buttons = view.elements.slice(1);
  const tapOn = (el: DescribedElement | undefined) => {
    if (!el) throw new Error('nothing to tap');
    h.dev('gesture-tap', frameCenter(el.frame));
    return { dialog: rt.dialog, granted: rt.permissions[permission], after: read() };
  };
  const message = view.elements[0];
  return {
    name,
    view,
    message,
    labels: buttons.map((e) => e.label),
    tap: (label: string) => tapOn(buttons.find((e) => e.label === label)),
    tapMessage: () => tapOn(message),
  };
}

describe('system permission prompts', () => {
  it('iOS notifications: “X” Would Like to Send You Notifications, Don’t Allow | Allow', () => {
    const p = prompt('ios', 'notifications');
    expect(p.view.dialog).toBe(`“${p.name}” Would Like to Send You Notifications`);
    expect(p.labels).toEqual(['Don’t Allow', 'Allow']);
  });

  it('iOS location: Allow “X” to use your location? with three stacked buttons', () => {
    const p = prompt('ios', 'location');
    expect(p.view.dialog).toBe(`Allow “${p.name}” to use your location?`);
    expect(p.labels).toEqual(['Allow Once', 'Allow While Using App', 'Don’t Allow']);
  });

  it('iOS camera, photos and contacts name what they access', () => {
    expect(prompt('ios', 'camera').view.dialog).toMatch(/” Would Like to Access the Camera$/);
    expect(prompt('ios', 'photos').view.dialog).toMatch(/” Would Like to Access Your Photos$/);
    expect(prompt('ios', 'contacts').view.dialog).toMatch(/” Would Like to Access Your Contacts$/);
  });

  it('Android notifications: Allow X to send you notifications?, Allow / Don’t allow', () => {
    const p = prompt('android', 'notifications');
    expect(p.view.dialog).toBe(`Allow ${p.name} to send you notifications?`);
    expect(p.labels).toEqual(['Allow', 'Don’t allow']);
  });

  it('Android location: foreground, one-time and refusal buttons', () => {
    const p = prompt('android', 'location');
    expect(p.view.dialog).toBe(`Allow ${p.name} to access this device’s location?`);
    expect(p.labels).toEqual(['While using the app', 'Only this time', 'Don’t allow']);
  });

  it('Android camera, photos and contacts use their own wording', () => {
    const camera = prompt('android', 'camera');
    expect(camera.view.dialog).toBe(`Allow ${camera.name} to take pictures and record video?`);
    expect(camera.labels).toEqual(['While using the app', 'Only this time', 'Don’t allow']);
    const photos = prompt('android', 'photos');
    expect(photos.view.dialog).toBe(
      `Allow ${photos.name} to access photos and videos on this device?`,
    );
    expect(photos.labels).toEqual(['Allow', 'Don’t allow']);
    const contacts = prompt('android', 'contacts');
    expect(contacts.view.dialog).toBe(`Allow ${contacts.name} to access your contacts?`);
    expect(contacts.labels).toEqual(['Allow', 'Don’t allow']);
  });

  it('every granting button grants, the refusal refuses, and each closes the prompt', () => {
    const cases = [
      ['ios', 'location', 'Allow Once', true],
      ['ios', 'location', 'Allow While Using App', true],
      ['ios', 'location', 'Don’t Allow', false],
      ['ios', 'notifications', 'Allow', true],
      ['ios', 'notifications', 'Don’t Allow', false],
      ['android', 'camera', 'While using the app', true],
      ['android', 'camera', 'Only this time', true],
      ['android', 'camera', 'Don’t allow', false],
      ['android', 'notifications', 'Allow', true],
      ['android', 'notifications', 'Don’t allow', false],
    ] as const;
    for (const [platform, permission, label, grants] of cases) {
      const after = prompt(platform, permission).tap(label);
      expect({ label, dialog: after.dialog, granted: after.granted }).toEqual({
        label,
        dialog: null,
        granted: grants,
      });
      expect(after.after.dialog).toBeUndefined();
    }
  });

  it('a tap on the usage message leaves the prompt up, as on a device', () => {
    for (const platform of ['ios', 'android'] as const) {
      const p = prompt(platform, 'camera');
      expect(p.message?.label).toMatch(new RegExp(`^${p.name}`));
      const after = p.tapMessage();
      expect(after.dialog).toEqual({ permission: 'camera' });
      expect(after.after.dialog).toBe(p.view.dialog);
    }
  });
});
