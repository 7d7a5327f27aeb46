/**
 * visual-regression: reach the named screen, take a baseline screenshot at
 * scale 1.0 without the image in context, then diff the screen against it.
 */
import type { PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList } from '../core/view.js';
import { arrivedBy } from './screen-path.js';
import type { Strategy } from './strategy.js';
import { lastSuccess, outputOf, param } from './tool-outputs.js';

const path = (view: ExpertView) => privilegedList(view, 'path');
const baseline = (view: ExpertView) => lastSuccess(view, 'screenshot');
const diff = (view: ExpertView) => lastSuccess(view, 'screenshot-diff');

/**
 * The current reading is of the named screen: with a path, the last path
 * element's tap opened a screen without that element and with the title
 * (a tap that hit a neighbour, or a way back to where the entry is, does
 * not count); without one, the first screen shows the title.
 */
function arrived(view: ExpertView): boolean {
  const s = view.state;
  const seen = s.seen;
  if (!s.fresh || !seen || seen.dialog !== undefined || seen.prompt) return false;
  const last = path(view).at(-1);
  if (last !== undefined) return arrivedBy(view, last, param(view, 'screen'));
  const title = param(view, 'screen').toLowerCase();
  return seen.elements.some((e) => e.label.toLowerCase() === title);
}

function toScreen(view: ExpertView): PolicyAction {
  const s = view.state;
  const last = path(view).at(-1);
  // The last path tap landed but the reading shows no title yet: read the screen fully.
  if (last !== undefined && s.lastTap?.id === last && s.landed[last] && s.seen?.tool !== 'describe')
    return discover(view, true);
  return reach(view, path(view), []) ?? discover(view, true);
}

/** Reach, baseline, diff; the answer reports what the diff found. */
export const visualRegressionStrategy: Strategy = {
  family: 'visual-regression',
  goals: [
    {
      name: 'reach',
      done: (view) => baseline(view) !== undefined || arrived(view),
      next: toScreen,
    },
    {
      name: 'baseline',
      done: (view) => baseline(view) !== undefined,
      next: (view) =>
        callAction(
          view,
          'screenshot',
          onDevice(view, { scale: 1, includeImageInContext: false }),
          'baseline',
        ),
    },
    {
      name: 'diff',
      done: (view) => diff(view) !== undefined,
      next(view) {
        const path = outputOf(baseline(view))?.path;
        return callAction(
          view,
          'screenshot-diff',
          onDevice(view, { baselinePath: String(path), captureCurrent: true }),
          'visual-diff',
        );
      },
    },
  ],
  facts(view) {
    const out = outputOf(diff(view));
    if (!out) return {};
    return {
      baselinePath: String(out.baselinePath),
      diffPath: String(out.diffPath),
      changedPixelsPercent: Number(out.changedPixelsPercent),
    };
  },
};
