/**
 * rotate-gesture: turn an iOS map to a heading with a two-finger rotation
 * centred on the map, or set the device's orientation with `rotate`, once
 * the screen the user named (if any) is showing.
 */
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import { reachGoal } from './goals.js';
import { screenParamGoals } from './screen-path.js';
import type { Strategy } from './strategy.js';
import { lastSuccess, outputOf, param } from './tool-outputs.js';

const map = (view: ExpertView): string => privilegedString(view, 'mapId') ?? '';
const heading = (view: ExpertView): number | undefined => {
  const h = view.task.params.heading;
  return typeof h === 'number' ? h : undefined;
};
const rotated = (view: ExpertView) => lastSuccess(view, 'gesture-rotate');
const turned = (view: ExpertView) => lastSuccess(view, 'rotate');
const finished = (view: ExpertView): boolean =>
  heading(view) === undefined ? turned(view) !== undefined : rotated(view) !== undefined;

/** The map starts north up, so one rotation from 0 to the heading sets it. */
export const rotateGestureStrategy: Strategy = {
  family: 'rotate-gesture',
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [map(view)],
      (view) => heading(view) === undefined || finished(view),
    ),
    // The orientation variant may name a screen to see turned: open it first.
    ...screenParamGoals(),
    {
      name: 'rotate',
      done: finished,
      next(view) {
        const h = heading(view);
        if (h === undefined)
          return callAction(
            view,
            'rotate',
            onDevice(view, { orientation: param(view, 'orientation') }),
            'rotate-device',
            { orientation: param(view, 'orientation') },
          );
        const el = view.state.seen?.byId.get(map(view));
        if (!el) return reach(view, [], [map(view)]) ?? discover(view);
        return callAction(
          view,
          'gesture-rotate',
          onDevice(view, {
            centerX: el.tap.x,
            centerY: el.tap.y,
            radius: 0.15,
            startAngle: 0,
            endAngle: h,
          }),
          'rotate-map',
          { label: el.label, heading: h },
        );
      },
    },
  ],
  facts(view) {
    if (heading(view) === undefined) {
      const out = outputOf(turned(view));
      return typeof out?.orientation === 'string' ? { orientation: out.orientation } : {};
    }
    const out = outputOf(rotated(view));
    return typeof out?.degrees === 'number' ? { heading: out.degrees } : {};
  },
};
