/**
 * android-boot: boot the named AVD, open the app on it and show the user's
 * target on the screen they named (a screen off home, or home itself).
 *
 * The device guard does the booting: list-devices shows the AVD among the
 * bootable ones, boot-device takes its name, and a boot that timed out is
 * simply booted again (the toolkit's advice). This plan adds what a careful
 * agent does next: list the devices again to see the emulator running
 * under its serial, then launch the app and read its screen.
 */
import type { PolicyAction } from '@forge/spec';
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { latestOk, replyOf } from './device-calls.js';
import { reachGoal, visible } from './goals.js';
import { pathGoals } from './screen-path.js';
import type { Strategy } from './strategy.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';

/** The latest successful boot-device, if any. */
const boot = (view: ExpertView) => latestOk(view, 'boot-device');

/** True once a device list taken after the boot shows the booted serial running. */
function listedSinceBoot(view: ExpertView): boolean {
  const booted = boot(view);
  if (!booted) return true;
  const list = latestOk(view, 'list-devices');
  const udid = view.state.bootedUdid;
  return (
    list !== undefined &&
    list.step > booted.step &&
    view.state.devices?.devices.some((d) => d.udid === udid && d.state === 'device') === true
  );
}

/** Right after the boot, before the launch: list again to find the emulator's serial. */
function listAgain(view: ExpertView): PolicyAction | undefined {
  if (listedSinceBoot(view)) return undefined;
  return callAction(view, 'list-devices', {}, 'confirm-boot');
}

/** Boot (by the guards), list again, launch, walk to the screen, and read it until the target shows. */
export const androidBootStrategy: Strategy = {
  family: 'android-boot',
  followUp: listAgain,
  goals: [
    ...pathGoals(
      (view) => privilegedList(view, 'path'),
      (view) => String(view.task.params.screen ?? ''),
    ),
    reachGoal(
      () => [],
      (view) => [target(view)],
    ),
  ],
  facts(view) {
    const out = replyOf(boot(view));
    const el = view.state.seen?.byId.get(target(view));
    if (typeof out?.udid !== 'string' || !el || !visible(view, target(view))) return {};
    return { booted: out.udid, showing: el.label };
  },
};
