import type { ToolCall } from '@forge/spec';
import type { CallRule } from '../call-rule.js';
import { targetAt } from '../internal/discovery.js';
import { afterStep, ScreenTracker } from '../internal/screen.js';
import { type GroundedPoint, groundedPoint, stepsOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/**
 * Grounding: a touch on one element (gesture-tap, a tap or long press with
 * gesture-custom, debugger-inspect-element) and the start of a drag
 * (gesture-drag, a gesture-custom that moves), and the first such point of
 * a run-sequence, must land inside an element of the latest successful
 * discovery (describe, native-describe-screen) of that device, or within
 * 0.01 of a component-tree tap point, and nothing may have changed the
 * screen since that discovery. Swipes and wheel scrolls are not judged:
 * they move the content as a whole.
 *
 * What changes the screen is decided from the record alone, conservatively:
 * every touch does, except on a switch or checkbox (it flips itself) and on
 * a Chromium text box (no on-screen keyboard appears); so do launches,
 * links, swipes, scrolls, buttons, rotation, reloads and closing keys. A
 * policy that re-discovers after each screen change, as the toolkit asks,
 * passes. Later touches of a run-sequence are not checked: the sequence
 * exists for steps that need no observation between them.
 *
 * Codes: `grounding.no-discovery`, `grounding.stale-discovery`,
 * `grounding.outside-elements`.
 */
export const groundingRule: CallRule<ScreenTracker> = {
  gate: 'grounding',
  start: () => new ScreenTracker(),
  check(tracker, call) {
    const steps = stepsOf(call);
    let screen = tracker.get(steps[0]?.device);
    for (const step of steps) {
      const point = groundedPoint(step);
      if (point) return judge(call, screen, point);
      screen = afterStep(screen, step);
    }
    return [];
  },
  observe(tracker, call, outcome) {
    tracker.observe(stepsOf(call), outcome);
  },
};

function judge(
  call: ToolCall,
  screen: ReturnType<ScreenTracker['get']>,
  point: GroundedPoint,
): Finding[] {
  const where = `${call.name} ${point.drag ? 'from' : 'at'} (${point.x}, ${point.y})`;
  if (!screen.discovery) {
    return [finding('grounding.no-discovery', `${where} comes before any discovery of the screen`)];
  }
  if (screen.staleBy !== undefined) {
    return [
      finding(
        'grounding.stale-discovery',
        `${where} relies on a ${screen.discovery.tool} taken before ${screen.staleBy} changed the screen; discover again first`,
      ),
    ];
  }
  if (targetAt(screen.discovery.targets, point.x, point.y)) return [];
  return [
    finding(
      'grounding.outside-elements',
      `${where} lies inside no element of the latest ${screen.discovery.tool}`,
    ),
  ];
}
