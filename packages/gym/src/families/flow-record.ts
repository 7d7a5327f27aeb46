/** flow-record: record a replayable flow that taps a target, then execute it. */

import type { AppSpec } from '../world/model.js';
import { isInteractive } from '../world/runtime.js';
import type { World } from '../world/state.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  inFirstViewport,
  pathInFirstViewport,
  perApp,
  pickByDepth,
  projectRootOf,
  routedScreens,
  uniqueLabel,
} from './helpers.js';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The saved flow has at least `minTaps` recorded taps and has run to the end at least once. */
function recordedAndRun(world: World, root: string, name: string, minTaps: number): boolean {
  const flow = world.state.flows[`${root.replace(/\/$/, '')}/${name}`];
  if (!flow || flow.executions < 1) return false;
  const taps = flow.steps.filter((s) => s.kind === 'tool' && s.command === 'gesture-tap');
  return taps.length >= minTaps;
}

/**
 * Targets a replay can hit: select-type elements (they keep the app on the
 * same screen) reached by taps that need no scrolling, so the recorded
 * coordinates stay valid when the flow runs again from the home screen.
 */
function targetsOf(app: AppSpec) {
  return routedScreens(app, 0)
    .filter(({ path }) => pathInFirstViewport(app, path))
    .flatMap(({ screen, depth, path }) =>
      screen.elements
        .filter(
          (e) =>
            e.on?.kind === 'select' &&
            isInteractive(e) &&
            !e.disabled &&
            uniqueLabel(screen, e) &&
            inFirstViewport(app, screen, e),
        )
        .map((el) => ({ screen, el, depth, path })),
    );
}

/** Per app: see `perApp` (asked for by `supports` and again by every reset's `sample`). */
const targets = perApp(targetsOf);

/** Record opening a screen and tapping a target as a named flow, then replay it. */
export const flowRecord: TaskFamily = {
  id: 'flow-record',
  tools: [
    'flow-start-recording',
    'flow-add-step',
    'flow-add-echo',
    'flow-finish-recording',
    'flow-read-prerequisite',
    'flow-execute',
    'restart-app',
  ],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: (app) => targets(app).length > 0,
  sample(rng, { app }) {
    const options = targets(app);
    if (options.length === 0) return undefined;
    const { screen, el, depth, path } = pickByDepth(rng, deeperFirst(options));
    const flow = `${rng.pick(['open', 'tap', 'check', 'smoke'])}-${slug(el.label) || 'target'}-${rng.int(1, 99)}`;
    const root = projectRootOf(app);
    const prerequisite = `${app.name} is installed and can be opened at its home screen.`;
    return {
      goal: `Record a flow named ${flow} that opens ${screen.title} in ${app.name} and taps "${el.label}", then run it.`,
      params: { flow, target: el.label, screen: screen.title },
      privileged: {
        screenId: screen.id,
        targetId: el.id,
        path,
        projectRoot: root,
        prerequisite,
        minTaps: path.length + 1,
      },
      difficulty: difficultyOf(depth, 1),
      check: (world) => recordedAndRun(world, root, flow, path.length + 1),
    };
  },
};
