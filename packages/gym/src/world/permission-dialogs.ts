/**
 * The words of the system permission prompts, as iOS 17/18 and Android 13+
 * print them. A model trained here should recognise the real dialog, so the
 * titles and buttons are the OS strings (curly quotes and apostrophes
 * included), one row per permission and platform, not text assembled from
 * parts (which produced "Would Like to Access send you Notifications").
 *
 * Chromium never shows one: only an app launch raises a prompt.
 */

/** Which button of a prompt: grants for good, grants once, or refuses. */
export type DialogButtonId = 'dialog-allow' | 'dialog-allow-once' | 'dialog-deny';

/** One button of a prompt. */
export interface DialogButton {
  readonly id: DialogButtonId;
  readonly label: string;
  /** True when tapping it grants the permission ("Allow Once" and "Only this time" do). */
  readonly grants: boolean;
}

/** A prompt's title (`{app}` stands for the app's name) and its buttons in reading order. */
export interface PermissionDialogText {
  readonly title: string;
  readonly buttons: readonly DialogButton[];
}

export type DialogPlatform = 'ios' | 'android';

const allow = (label: string): DialogButton => ({ id: 'dialog-allow', label, grants: true });
const once = (label: string): DialogButton => ({ id: 'dialog-allow-once', label, grants: true });
const deny = (label: string): DialogButton => ({ id: 'dialog-deny', label, grants: false });

// iOS: a two-button alert reads left to right, refusal first; the location
// prompt stacks its three buttons, one-time grant on top.
const iosPair = [deny('Don’t Allow'), allow('Allow')];
const iosLocation = [once('Allow Once'), allow('Allow While Using App'), deny('Don’t Allow')];
// Android: buttons stacked, grant on top; camera, microphone and location
// offer a foreground grant and a one-time grant.
const androidPair = [allow('Allow'), deny('Don’t allow')];
const androidForeground = [
  allow('While using the app'),
  once('Only this time'),
  deny('Don’t allow'),
];

const table: Readonly<Record<DialogPlatform, Readonly<Record<string, PermissionDialogText>>>> = {
  ios: {
    camera: { title: '“{app}” Would Like to Access the Camera', buttons: iosPair },
    photos: { title: '“{app}” Would Like to Access Your Photos', buttons: iosPair },
    contacts: { title: '“{app}” Would Like to Access Your Contacts', buttons: iosPair },
    notifications: { title: '“{app}” Would Like to Send You Notifications', buttons: iosPair },
    location: { title: 'Allow “{app}” to use your location?', buttons: iosLocation },
  },
  android: {
    camera: { title: 'Allow {app} to take pictures and record video?', buttons: androidForeground },
    location: {
      title: 'Allow {app} to access this device’s location?',
      buttons: androidForeground,
    },
    notifications: { title: 'Allow {app} to send you notifications?', buttons: androidPair },
    photos: {
      title: 'Allow {app} to access photos and videos on this device?',
      buttons: androidPair,
    },
    contacts: { title: 'Allow {app} to access your contacts?', buttons: androidPair },
  },
};

/** The generic wording each OS falls back to for a permission without its own string. */
const fallback: Readonly<Record<DialogPlatform, PermissionDialogText>> = {
  ios: { title: '“{app}” Would Like to Access {permission}', buttons: iosPair },
  android: { title: 'Allow {app} to access {permission}?', buttons: androidPair },
};

/** The prompt for a permission on a platform, with the app's name filled in. */
export function permissionDialogText(
  platform: DialogPlatform,
  permission: string,
  appName: string,
): PermissionDialogText {
  const row = table[platform][permission] ?? fallback[platform];
  // Function replacers: a name with `$&` in it must come out as written.
  const title = row.title.replace('{app}', () => appName).replace('{permission}', () => permission);
  return { title, buttons: row.buttons };
}

/** Every label of a granting button on any prompt, for solvers that answer "allow". */
export const grantingLabels: ReadonlySet<string> = new Set(
  Object.values(table).flatMap((rows) =>
    Object.values(rows).flatMap((row) => row.buttons.filter((b) => b.grants).map((b) => b.label)),
  ),
);
