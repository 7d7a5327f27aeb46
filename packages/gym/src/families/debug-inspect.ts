/** debug-inspect: find the source of a React Native component at an element's point. */
import { rnComponent } from '../observe/roles.js';
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  perApp,
  pickByDepth,
  routedScreens,
  uniqueLabel,
} from './helpers.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

/** Labelled elements whose component has a source file in the project. */
function candidatesOf(app: AppSpec) {
  const sources = app.runtime?.sources ?? {};
  return routedScreens(app, 0).flatMap(({ screen, depth, path }) =>
    screen.elements
      .filter((e) => uniqueLabel(screen, e) && sources[rnComponent(e.role, e.component)])
      .map((el) => ({ screen, el, depth, path, component: rnComponent(el.role, el.component) })),
  );
}

/** Inspect the element at a target's tap point and find its component's source. */
export const debugInspect: TaskFamily = {
  id: 'debug-inspect',
  tools: [
    'debugger-connect',
    'debugger-status',
    'debugger-component-tree',
    'debugger-inspect-element',
    'debugger-evaluate',
  ],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    const runtime = app.runtime;
    if (!runtime || options.length === 0) return undefined;
    const { screen, el, depth, path, component } = pickByDepth(rng, deeperFirst(options));
    const source = runtime.sources[component];
    return {
      goal: `In ${app.name}, find which source file renders the ${component} behind "${el.label}" on the ${screen.title} screen.`,
      params: { component, target: el.label },
      privileged: {
        screenId: screen.id,
        targetId: el.id,
        path,
        port: runtime.metroPort,
        file: source?.file ?? '',
        line: source?.line ?? 0,
      },
      difficulty: difficultyOf(depth, 1),
      check: (world) => world.state.seen[`inspected-element:${screen.id}/${el.id}`] === true,
    };
  },
};
