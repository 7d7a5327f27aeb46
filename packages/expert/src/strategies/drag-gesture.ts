/**
 * drag-gesture: on Chromium, drag the slider's handle to the asked amount
 * with gesture-drag and confirm the value from a describe; on mobile, hold a
 * touch on the row with gesture-custom until its menu opens.
 */
import type { JsonObject, PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import { seenOf } from '../core/observations.js';
import { reach } from '../core/reach.js';
import type { SeenElement } from '../core/seen.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import { maxTapAttempts, reachGoal } from './goals.js';
import type { Strategy } from './strategy.js';
import { lastSuccess, madeCalls, outputOf, param } from './tool-outputs.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const amount = (view: ExpertView): number => Number(view.task.params.amount ?? 0);
/** How long the touch is held: well past the half second a long press needs. */
const holdMs = 800;

const web = (view: ExpertView): boolean => view.platform === 'chromium';
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** The slider's value in the current describe. */
function sliderValue(view: ExpertView): string | undefined {
  const s = view.state;
  if (!s.fresh || s.seen?.tool !== 'describe') return undefined;
  return s.seen.byId.get(target(view))?.value;
}

/** The hold opened a menu (the gym names a hold that opened nothing "long-press (no menu)"). */
const pressed = (view: ExpertView): boolean =>
  outputOf(lastSuccess(view, 'gesture-custom'))?.gesture === 'long-press';
/** Drags or holds made so far: a gesture that keeps missing is not repeated forever. */
const attempts = (view: ExpertView): number =>
  madeCalls(view).filter((c) => c.call.name === (web(view) ? 'gesture-drag' : 'gesture-custom'))
    .length;

function finished(view: ExpertView): boolean {
  if (attempts(view) >= maxTapAttempts) return true;
  return web(view) ? sliderValue(view) === String(amount(view)) : pressed(view);
}

/**
 * A long press is judged by the menu it opens, not by where it landed, so
 * the point must be current: this reading shows content that already moved
 * (the "updated" banner), or the reading just before it put the element at
 * the same place.
 */
function settled(view: ExpertView, el: SeenElement): boolean {
  if (view.state.seen?.moved) return true;
  const calls = madeCalls(view);
  const before = calls[calls.length - 2];
  if (before?.call.name !== 'describe') return false;
  const prev = seenOf('describe', before.result)?.byId.get(target(view));
  return prev !== undefined && prev.tap.x === el.tap.x && prev.tap.y === el.tap.y;
}

function act(view: ExpertView): PolicyAction {
  const el = view.state.seen?.byId.get(target(view));
  if (!el) return reach(view, [], [target(view)]) ?? discover(view, true);
  const { x, y } = el.tap;
  if (!web(view) && !settled(view, el)) return discover(view, true);
  if (web(view)) {
    // A slider runs 0..100 across its frame: press the handle where its
    // printed value puts it and let go where the asked amount does, so both
    // ends come from the describe line (and the request).
    const { frame } = el;
    const along = (share: number) => round3(frame.x + frame.w * Math.min(1, Math.max(0, share)));
    const now = Number(el.value);
    const args: JsonObject = {
      fromX: el.value !== undefined && Number.isFinite(now) ? along(now / 100) : x,
      fromY: y,
      toX: along(amount(view) / 100),
      toY: y,
      durationMs: 400,
    };
    return callAction(view, 'gesture-drag', onDevice(view, args), 'drag', {
      label: el.label,
      amount: amount(view),
    });
  }
  const events = [
    { type: 'Down', x, y },
    { type: 'Up', x, y, delayMs: holdMs },
  ];
  return callAction(view, 'gesture-custom', onDevice(view, { events }), 'long-press', {
    label: el.label,
    x,
    y,
  });
}

/** Reach the element, then drag or hold; the web plan reads the slider back. */
export const dragGestureStrategy: Strategy = {
  family: 'drag-gesture',
  needsDescribe: true,
  goals: [
    reachGoal(
      (view) => privilegedList(view, 'path'),
      (view) => [target(view)],
      (view) => (web(view) ? lastSuccess(view, 'gesture-drag') !== undefined : finished(view)),
    ),
    { name: 'drag', done: finished, next: act },
  ],
  facts(view) {
    const el = view.state.seen?.byId.get(target(view));
    if (web(view)) {
      const value = sliderValue(view);
      return el && value !== undefined ? { label: el.label, value } : {};
    }
    return pressed(view) ? { longPressed: param(view, 'target') } : {};
  },
};
