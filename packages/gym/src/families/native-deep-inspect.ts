/** native-deep-inspect: read the UIKit hierarchy, the views at a target's point, and a native request. */
import type { AppSpec } from '../world/model.js';
import { isInteractive } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import {
  deeperFirst,
  difficultyOf,
  inFirstViewport,
  perApp,
  pickByDepth,
  routedScreens,
  uniqueInApp,
} from './helpers.js';
import { endpointOf } from './network-inspect.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

/** Tappable, app-unique targets visible without scrolling (the at-point tools take a known point). */
function candidatesOf(app: AppSpec) {
  return routedScreens(app, 0).flatMap(({ screen, depth, path }) =>
    screen.elements
      .filter(
        (e) =>
          isInteractive(e) &&
          !e.disabled &&
          e.role !== 'map' &&
          uniqueInApp(app, e) &&
          inFirstViewport(app, screen, e),
      )
      .map((el) => ({ screen, el, depth, path })),
  );
}

/** Requests the screen makes whose endpoint no other request of the app shares. */
function uniqueRequests(app: AppSpec, screenId: string) {
  return app.requests.filter(
    (r) =>
      r.screen === screenId &&
      app.requests.filter((o) => endpointOf(o) === endpointOf(r)).length === 1,
  );
}

/**
 * Inspect a target natively: the full hierarchy, the deepest and the
 * touch-receiving view at its tap point, and, when `endpoint` is given, the
 * native capture of the request its screen makes.
 */
export const nativeDeepInspect: TaskFamily = {
  id: 'native-deep-inspect',
  tools: [
    'native-full-hierarchy',
    'native-view-at-point',
    'native-user-interactable-view-at-point',
    'native-network-logs',
    'native-describe-screen',
  ],
  platforms: ['ios'],
  kinds: ['native'],
  supports: (app) => app.kind === 'native' && candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    if (options.length === 0) return undefined;
    // Few screens make a request: a target picked from every screen named an
    // endpoint (and used native-network-logs) in about 1 task of 20, so half
    // the tasks pick among the targets of screens that make one.
    const withRequest = options.filter((o) => uniqueRequests(app, o.screen.id).length > 0);
    const wantRequest = withRequest.length > 0 && rng.chance(0.5);
    const { screen, el, depth, path } = pickByDepth(
      rng,
      deeperFirst(wantRequest ? withRequest : options),
    );
    const request = wantRequest ? rng.pick(uniqueRequests(app, screen.id)) : undefined;
    const endpoint = request ? endpointOf(request) : undefined;
    const needed = [
      `hierarchy:${app.id}`,
      `view-at-point:${el.id}`,
      `interactable-at-point:${el.id}`,
      ...(request ? [`native-request:${request.id}`] : []),
    ];
    return {
      goal: `In ${app.name}, inspect the native view hierarchy around "${el.label}" on the ${screen.title} screen${endpoint ? ` and find the native request to ${endpoint}` : ''}.`,
      params: endpoint === undefined ? { target: el.label } : { target: el.label, endpoint },
      privileged: {
        screenId: screen.id,
        targetId: el.id,
        path,
        ...(request ? { requestId: request.id } : {}),
      },
      difficulty: difficultyOf(depth, request ? 2 : 1),
      check: (world) => needed.every((key) => world.state.seen[key] === true),
    };
  },
};
