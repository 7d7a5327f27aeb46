/**
 * batch-sequence: open the onboarding tour, swipe through its pages in one
 * run-sequence (no observation is needed between swipes), then read the
 * last page and tap its finishing button.
 */
import type { PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import { maxTapAttempts } from './goals.js';
import type { Strategy } from './strategy.js';

const pages = (view: ExpertView): number => Number(view.task.params.pages ?? 0);
const doneButton = (view: ExpertView): string => privilegedString(view, 'doneId') ?? '';

/** The page the current describe shows, from its "k of N" indicator (0 when none). */
function page(view: ExpertView): number {
  const s = view.state;
  if (!s.fresh || s.seen?.tool !== 'describe') return 0;
  for (const el of s.seen.elements) {
    const m = /^(\d+) of (\d+)$/.exec(el.label);
    if (m && Number(m[2]) === pages(view)) return Number(m[1]);
  }
  return 0;
}

/** The finishing tap landed: a later reading showed the tour gone. */
const finished = (view: ExpertView): boolean => {
  const s = view.state;
  const id = doneButton(view);
  return s.landed[id] === true || (s.tapsOn[id] ?? 0) >= maxTapAttempts;
};

/**
 * The height to swipe at: the middle of the tallest element the page's
 * reading shows across the whole swipe (the page's illustration), so both
 * ends land on the page's content rather than on blank space.
 */
function swipeHeight(view: ExpertView, fromX: number, toX: number): number {
  let best: { h: number; y: number } | undefined;
  for (const el of view.state.seen?.elements ?? []) {
    const f = el.frame;
    if (f.x > toX || f.x + f.w < fromX || f.w >= 1 || (best && best.h >= f.h)) continue;
    best = { h: f.h, y: el.tap.y };
  }
  return best?.y ?? 0.5;
}

/** Leftward swipes, one per page still ahead; sizes vary by episode within a clear page turn. */
function swipes(view: ExpertView, count: number): PolicyAction {
  const fromX = Math.round((view.choices.swipeStart + 0.1) * 100) / 100;
  const toX = Math.round((fromX - view.choices.swipeDistance - 0.2) * 100) / 100;
  const y = swipeHeight(view, fromX, toX);
  const args = { fromX, fromY: y, toX, toY: y };
  if (count === 1)
    return callAction(view, 'gesture-swipe', onDevice(view, args), 'swipe-pages', { pages: 1 });
  const steps = Array.from({ length: count }, () => ({ tool: 'gesture-swipe', args }));
  return callAction(view, 'run-sequence', onDevice(view, { steps }), 'swipe-pages', {
    pages: count,
  });
}

/** Reach the tour, swipe to its last page, finish. */
export const batchSequenceStrategy: Strategy = {
  family: 'batch-sequence',
  // The page indicator is plain text: describe shows it, the component tree may not.
  needsDescribe: true,
  goals: [
    {
      name: 'reach',
      done: (view) => finished(view) || page(view) > 0,
      next: (view) => reach(view, privilegedList(view, 'path'), []) ?? discover(view, true),
    },
    {
      name: 'swipe',
      done: (view) => finished(view) || page(view) === pages(view),
      next: (view) => swipes(view, pages(view) - page(view)),
    },
    {
      name: 'finish',
      done: finished,
      next(view): PolicyAction {
        const el = view.state.seen?.byId.get(doneButton(view));
        if (el) return tap(view, el);
        return reach(view, [], [doneButton(view)]) ?? discover(view, true);
      },
    },
  ],
  facts(view) {
    const t = view.state.lastTap;
    return finished(view) && t?.id === doneButton(view) && t.label !== ''
      ? { pages: pages(view), finishedWith: t.label }
      : {};
  },
};
