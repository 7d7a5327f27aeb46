import type { Catalog, ToolCall } from '@forge/spec';
import { groundingCallGate } from '@forge/validate';

/**
 * Whether a call touches one element: the calls @forge/validate's grounding
 * gate judges (gesture-tap, a tap or long press made with gesture-custom,
 * debugger-inspect-element, a run-sequence whose steps touch, and whatever
 * else the gate grounds, such as where a drag starts). These are the calls
 * grounded-touch accounting counts; swipes, scrolls, pinches and rotations
 * act on the screen as a whole and the gate leaves them be.
 *
 * The gate is asked rather than its list copied: on an empty history it
 * finds `grounding.no-discovery` on exactly the calls it judges, so eval
 * counts what the gate counts, including any touch it learns later.
 */
export function touchesElement(call: ToolCall, catalog: Catalog): boolean {
  return (
    groundingCallGate.checkCall(call, { catalog, tools: [], history: [], messages: [] }).length > 0
  );
}
