import type { Rng } from '@forge/gym';
import type { Catalog, HistoryStep, Message, ToolCall, ToolSpec } from '@forge/spec';
import { groundingCallGate } from '@forge/validate';
import { touchesElement } from '../gates/element-touch.js';
import { moveTouch } from './move-touch.js';

/** What the grounding gate needs to judge a call before it is made. */
export interface TouchContext {
  readonly catalog: Catalog;
  readonly tools: readonly ToolSpec[];
  /** Everything before the call, earlier calls of its turn as the last step. */
  readonly history: readonly HistoryStep[];
  readonly messages: readonly Message[];
}

/**
 * The call with its touch moved to a point @forge/validate's grounding gate
 * rejects, so a noisy touch is ungrounded by the very check that scores it
 * (eval's own reading of a discovery could disagree with the gate's, as on
 * native-describe-screen frames). Candidates are seeded points on the
 * 3-decimal grid discovery prints, then a coarse scan; undefined when the
 * touch cannot be moved or the screen leaves no point uncovered.
 */
export function ungroundedTouch(
  call: ToolCall,
  context: TouchContext,
  rng: Rng,
): ToolCall | undefined {
  const isTouch = (c: ToolCall): boolean => touchesElement(c, context.catalog);
  const rejected = (point: { x: number; y: number }): ToolCall | undefined => {
    const moved = moveTouch(call, point, isTouch);
    if (!moved) return undefined;
    return groundingCallGate.checkCall(moved, context).length > 0 ? moved : undefined;
  };
  if (!moveTouch(call, { x: 0, y: 0 }, isTouch)) return undefined;
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const moved = rejected({ x: rng.int(0, 1000) / 1000, y: rng.int(0, 1000) / 1000 });
    if (moved) return moved;
  }
  // A screen covered almost entirely: scan a grid so a free point is found if any is.
  for (let i = 0; i <= 50; i += 1) {
    for (let j = 0; j <= 50; j += 1) {
      const moved = rejected({ x: j / 50, y: i / 50 });
      if (moved) return moved;
    }
  }
  return undefined;
}
