/**
 * The moves every episode needs before its plan: list devices, boot, open
 * the app, relaunch after a crash, read the screen when the last reading is
 * stale, answer a system dialog, put off an app's first-run prompt.
 */
import type { PolicyAction } from '@forge/spec';
import { callAction } from './actions.js';
import { discover, dismissDialog, dismissPrompt, openApp } from './moves.js';
import type { ExpertView } from './view.js';

/** list-devices first (rule 1), then boot the chosen device if it is not running. */
export function deviceGuard(view: ExpertView, boots = true): PolicyAction | undefined {
  const s = view.state;
  if (!s.devices) return callAction(view, 'list-devices', {}, 'list-devices');
  // A device the list showed running may have been shut down since: the tool says so.
  if (boots && s.notBooted && view.udid !== '')
    return callAction(view, 'boot-device', { udid: view.udid }, 'boot');
  const boot = boots ? view.device.boot : undefined;
  if (boot && s.bootedUdid === undefined)
    return callAction(view, 'boot-device', boot, s.bootFailures > 0 ? 'recover-boot' : 'boot');
  return undefined;
}

/** The app is open, the screen reading is current, and no system dialog or app prompt is in the way. */
export function appGuard(
  view: ExpertView,
  usesApp = true,
  describeOnly = false,
): PolicyAction | undefined {
  const s = view.state;
  if (s.crashed) return openApp(view, 'relaunch');
  if (usesApp && s.launches === 0) return openApp(view, 'launch-app');
  if (s.launches === 0) return undefined;
  if (!s.fresh || !s.seen) return discover(view, describeOnly);
  const seen = s.seen;
  if (!seen.inApp) {
    // The component tree shows neither ids for dialogs nor the launcher; describe tells them apart.
    if (seen.tool !== 'describe') return discover(view, true);
    return openApp(view, 'relaunch');
  }
  if (seen.dialog !== undefined) return dismissDialog(view, seen);
  if (seen.prompt) return dismissPrompt(view, seen);
  return undefined;
}
