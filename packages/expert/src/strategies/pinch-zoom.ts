/** pinch-zoom: reach the map and pinch on its centre, spreading or closing the fingers. */
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import { reachGoal } from './goals.js';
import type { Strategy } from './strategy.js';
import { lastSuccess, outputOf, param } from './tool-outputs.js';

const map = (view: ExpertView): string => privilegedString(view, 'mapId') ?? '';
const pinched = (view: ExpertView) => lastSuccess(view, 'gesture-pinch');

/**
 * Finger distances: a factor of 3 or more either way passes the 1.5x goal
 * even from a small start; the episode's swipe length varies the spread.
 */
function distances(view: ExpertView): { startDistance: number; endDistance: number } {
  const near = 0.15;
  const far = Math.round((near + view.choices.swipeDistance) * 100) / 100;
  return param(view, 'direction') === 'in'
    ? { startDistance: near, endDistance: far }
    : { startDistance: far, endDistance: near };
}

/** Reach the map, then one pinch centred on its discovered frame. */
export const pinchZoomStrategy: Strategy = {
  family: 'pinch-zoom',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [map(view)],
      (view) => pinched(view) !== undefined,
    ),
    {
      name: 'pinch',
      done: (view) => pinched(view) !== undefined,
      next(view) {
        const el = view.state.seen?.byId.get(map(view));
        if (!el) return reach(view, [], [map(view)]) ?? discover(view);
        return callAction(
          view,
          'gesture-pinch',
          onDevice(view, { centerX: el.tap.x, centerY: el.tap.y, ...distances(view) }),
          'pinch',
          { label: el.label, direction: param(view, 'direction') },
        );
      },
    },
  ],
  facts(view) {
    const out = outputOf(pinched(view));
    return typeof out?.scale === 'number'
      ? { direction: param(view, 'direction'), scale: out.scale }
      : {};
  },
};
