import type { CallRule } from '../call-rule.js';
import { afterStep, unknownScreen } from '../internal/screen.js';
import { stepsOf } from '../internal/steps.js';
import { finding } from '../internal/violation.js';

/** Screenshots allowed between two screen changes (a baseline and a check). */
export const maxScreenshotsPerScreen = 2;

interface ShotState {
  previousWasScreenshot: boolean;
  sinceChange: number;
}

/**
 * No screenshot polling: two screenshots in a row with no other call
 * between them, or more than `maxScreenshotsPerScreen` while nothing
 * changes the screen. Code: `policy.screenshot-polling`.
 */
export const screenshotPollingRule: CallRule<ShotState> = {
  gate: 'policy',
  start: () => ({ previousWasScreenshot: false, sinceChange: 0 }),
  check(state, call) {
    if (call.name !== 'screenshot') return [];
    if (state.previousWasScreenshot) {
      return [
        finding(
          'policy.screenshot-polling',
          'screenshot right after another screenshot; take one only for a baseline or after a deliberate wait',
        ),
      ];
    }
    if (state.sinceChange >= maxScreenshotsPerScreen) {
      return [
        finding(
          'policy.screenshot-polling',
          `more than ${maxScreenshotsPerScreen} screenshots while nothing changed the screen`,
        ),
      ];
    }
    return [];
  },
  observe(state, call) {
    state.previousWasScreenshot = call.name === 'screenshot';
    if (state.previousWasScreenshot) {
      state.sinceChange += 1;
      return;
    }
    const changed = stepsOf(call).some((step) => afterStep(unknownScreen, step) !== unknownScreen);
    if (changed) state.sinceChange = 0;
  },
};
