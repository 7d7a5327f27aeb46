/**
 * batch-sequence: open the onboarding tour, swipe through its pages in one
 * run-sequence (no observation is needed between swipes), then read the
 * last page and tap its finishing button.
 */
import type { Frame } from '@forge/gym';
import type { PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import { discover, tap } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { SeenElement } from '../core/seen.js';
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
 * The element to swipe on: the tallest one the page's reading shows across
 * the whole swipe (the page's illustration), so both ends land on the page's
 * content rather than on blank space; failing that (an app whose margin is
 * wider than the swipe's far end), the tallest that spans most of the swipe,
 * whose columns the ends are then pulled into.
 */
function swipeTarget(view: ExpertView, fromX: number, toX: number): SeenElement | undefined {
  let best: SeenElement | undefined;
  let partial: SeenElement | undefined;
  for (const el of view.state.seen?.elements ?? []) {
    const f = el.frame;
    if (f.w >= 1) continue;
    const overlap = Math.min(fromX, f.x + f.w) - Math.max(toX, f.x);
    if (overlap >= (fromX - toX) / 2 && (!partial || partial.frame.h < f.h)) partial = el;
    if (f.x > toX || f.x + f.w < fromX || (best && best.frame.h >= f.h)) continue;
    best = el;
  }
  return best ?? partial;
}

/** `x` moved inside the frame's columns, on the 2-decimal grid the swipe is sent at. */
function within(x: number, f: Frame): number {
  const lo = Math.ceil((f.x + 0.005) * 100) / 100;
  const hi = Math.floor((f.x + f.w - 0.005) * 100) / 100;
  return Math.min(Math.max(x, lo), hi);
}

/** Leftward swipes, one per page still ahead; sizes vary by episode within a clear page turn. */
function swipes(view: ExpertView, count: number): PolicyAction {
  let fromX = Math.round((view.choices.swipeStart + 0.1) * 100) / 100;
  let toX = Math.round((fromX - view.choices.swipeDistance - 0.2) * 100) / 100;
  const target = swipeTarget(view, fromX, toX);
  // An app with wide margins leaves the far end of a long swipe beside the
  // content: pull both ends in; the swipe still crosses over half the page,
  // a clear page turn.
  if (target) {
    fromX = within(fromX, target.frame);
    toX = within(toX, target.frame);
  }
  const y = target?.tap.y ?? 0.5;
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
