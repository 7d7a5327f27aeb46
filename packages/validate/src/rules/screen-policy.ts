import type { CallRule } from '../call-rule.js';
import { afterStep, freshDiscovery, ScreenTracker, touchedTarget } from '../internal/screen.js';
import { stepsOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/**
 * Rules about what is on screen when a step runs. Apps are opened with
 * launch-app or open-url, never by tapping an icon of the home screen (a
 * describe that lists only launcher icons); text is typed only while a
 * field has focus, i.e. after a tap on a text input and before anything
 * moves focus away. Codes: `policy.home-icon-tap`, `policy.type-without-focus`.
 */
export const screenPolicyRule: CallRule<ScreenTracker> = {
  gate: 'policy',
  start: () => new ScreenTracker(),
  check(tracker, call) {
    const out: Finding[] = [];
    const steps = stepsOf(call);
    let screen = tracker.get(steps[0]?.device);
    for (const step of steps) {
      const hit = touchedTarget(screen, step);
      if (hit && step.name !== 'debugger-inspect-element' && freshDiscovery(screen)?.home) {
        out.push(
          finding(
            'policy.home-icon-tap',
            `${step.name} taps the home-screen icon "${hit.label}"; open apps with launch-app or open-url`,
          ),
        );
      }
      if (step.name === 'keyboard' && typeof step.args.text === 'string' && !screen.focused) {
        out.push(
          finding(
            'policy.type-without-focus',
            'keyboard types text while no field has focus; tap the input field first',
          ),
        );
      }
      screen = afterStep(screen, step);
    }
    return out;
  },
  observe(tracker, call, outcome) {
    tracker.observe(stepsOf(call), outcome);
  },
};
