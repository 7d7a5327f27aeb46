/**
 * flow-record: walk the path once to see it works, then record the flow
 * (a relaunch to the home screen, one tap per screen read from a fresh
 * describe, an echo), finish it, read its prerequisite and execute it with
 * the prerequisite acknowledged.
 */
import { elementAt } from '@forge/gym';
import type { JsonObject, PolicyAction } from '@forge/spec';
import { callAction } from '../core/actions.js';
import { discover, homeUrl } from '../core/moves.js';
import { isDiscoveryTool, seenOf } from '../core/observations.js';
import { locate, reach } from '../core/reach.js';
import type { Seen, SeenElement } from '../core/seen.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import type { Strategy, SubGoal } from './strategy.js';
import {
  callsSince,
  lastSuccess,
  type MadeCall,
  madeCalls,
  outputOf,
  param,
} from './tool-outputs.js';

const target = (view: ExpertView): string => privilegedString(view, 'targetId') ?? '';
const path = (view: ExpertView) => privilegedList(view, 'path');
const root = (view: ExpertView): string => privilegedString(view, 'projectRoot') ?? '';
const flowArgs = (view: ExpertView): JsonObject => ({
  name: param(view, 'flow'),
  project_root: root(view),
});

/** Successful calls since the recording started (none before it starts). */
function sinceStart(view: ExpertView): MadeCall[] {
  const start = lastSuccess(view, 'flow-start-recording');
  return start ? callsSince(view, start.step).filter((c) => !c.result.isError) : [];
}
const made = (view: ExpertView, name: string): MadeCall[] =>
  sinceStart(view).filter((c) => c.call.name === name);
const recorded = (view: ExpertView, command: string): MadeCall[] =>
  made(view, 'flow-add-step').filter((c) => c.call.arguments.command === command);

/** The element a recorded tap hit, by the discovery read last before it. */
function tappedId(view: ExpertView, rec: MadeCall): string | undefined {
  let seen: Seen | undefined;
  for (const c of madeCalls(view)) {
    if (c.step >= rec.step) break;
    if (isDiscoveryTool(c.call.name)) seen = seenOf(c.call.name, c.result) ?? seen;
  }
  const args = JSON.parse(String(rec.call.arguments.args ?? '{}')) as JsonObject;
  if (!seen || typeof args.x !== 'number' || typeof args.y !== 'number') return undefined;
  return elementAt(seen.elements, args.x, args.y)?.id;
}

const targetRecorded = (view: ExpertView): boolean =>
  recorded(view, 'gesture-tap').some((c) => tappedId(view, c) === target(view));

function host(
  name: string,
  kind: string,
  args: (view: ExpertView) => JsonObject,
  done: (view: ExpertView) => boolean,
): SubGoal {
  return { name, done, next: (view) => callAction(view, name, args(view), kind) };
}

/** Records one tap on a discovered element: the tool runs now and joins the flow. */
function recordTap(view: ExpertView, el: SeenElement): PolicyAction {
  const args = JSON.stringify({ udid: view.udid, x: el.tap.x, y: el.tap.y });
  return callAction(view, 'flow-add-step', { command: 'gesture-tap', args }, 'record-step', {
    label: el.label,
    x: el.tap.x,
    y: el.tap.y,
  });
}

function recordReset(view: ExpertView): PolicyAction {
  const [command, args] =
    view.platform === 'chromium'
      ? ['open-url', { udid: view.udid, url: homeUrl(view) }]
      : ['restart-app', { udid: view.udid, bundleId: view.appId }];
  return callAction(view, 'flow-add-step', { command, args: JSON.stringify(args) }, 'record-step');
}

function nextTap(view: ExpertView): PolicyAction {
  const seen = view.state.seen;
  if (!seen) return discover(view, true);
  const at = locate(seen, path(view), [target(view)]);
  const id = at === path(view).length ? target(view) : path(view)[at];
  const el = id === undefined ? undefined : seen.byId.get(id);
  return el ? recordTap(view, el) : discover(view, true);
}

const started = (view: ExpertView) => lastSuccess(view, 'flow-start-recording') !== undefined;
const finished = (view: ExpertView) => made(view, 'flow-finish-recording').length > 0;

/** The steps of the plan that are host calls following each other without reading the screen. */
const hostGoals = new Set([
  'flow-start-recording',
  'flow-add-echo',
  'flow-finish-recording',
  'flow-read-prerequisite',
  'flow-execute',
]);

const goals: readonly SubGoal[] = [
  {
    name: 'rehearse',
    done: (view) =>
      started(view) || (view.state.fresh && view.state.seen?.byId.has(target(view)) === true),
    next: (view) => reach(view, path(view), [target(view)]) ?? discover(view, true),
  },
  host(
    'flow-start-recording',
    'record-flow',
    (view) => ({
      ...flowArgs(view),
      executionPrerequisite:
        privilegedString(view, 'prerequisite') ??
        `${view.task.app} is installed and can be opened at its home screen.`,
    }),
    started,
  ),
  {
    name: 'reset',
    done: (view) => finished(view) || made(view, 'flow-add-step').length > 0,
    next: recordReset,
  },
  { name: 'taps', done: (view) => finished(view) || targetRecorded(view), next: nextTap },
  host(
    'flow-add-echo',
    'record-step',
    (view) => ({ message: `tapped ${param(view, 'target')}` }),
    (view) => made(view, 'flow-add-echo').length > 0,
  ),
  host('flow-finish-recording', 'finish-flow', () => ({}), finished),
  host(
    'flow-read-prerequisite',
    'read-prerequisite',
    flowArgs,
    (view) => made(view, 'flow-read-prerequisite').length > 0,
  ),
  host(
    'flow-execute',
    'run-flow',
    (view) => ({ ...flowArgs(view), prerequisiteAcknowledged: true }),
    (view) => made(view, 'flow-execute').length > 0,
  ),
];

/** Rehearse, record, replay. */
export const flowRecordStrategy: Strategy = {
  family: 'flow-record',
  needsDescribe: true,
  followUp(view) {
    // Host calls of the recording follow each other: they change nothing a new reading would show.
    const last = view.state.lastTool;
    if (last === undefined || !hostGoals.has(last)) return undefined;
    const goal = goals.find((g) => !g.done(view));
    return goal && (hostGoals.has(goal.name) || goal.name === 'reset')
      ? goal.next(view)
      : undefined;
  },
  goals,
  facts(view) {
    const out = outputOf(made(view, 'flow-execute').at(-1));
    return typeof out?.flow === 'string' && typeof out.completed === 'number'
      ? { flow: out.flow, stepsRun: out.completed }
      : {};
  },
};
