/** network-inspect: find a request in a React Native app's network log and open its details. */
import type { AppSpec, RequestSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import { deeperFirst, difficultyOf, perApp, pickByDepth, routedScreens } from './helpers.js';

/** The request's path as a user names it: the url without scheme and host. */
export function endpointOf(request: RequestSpec): string {
  return request.url.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';
}

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

/** Requests fired by a reachable screen whose endpoint no other request shares. */
function candidatesOf(app: AppSpec) {
  const routes = new Map(routedScreens(app, 0).map((r) => [r.screen.id, r] as const));
  return app.requests.flatMap((request) => {
    const route = routes.get(request.screen);
    const endpoint = endpointOf(request);
    const unique = app.requests.filter((r) => endpointOf(r) === endpoint).length === 1;
    return route && unique ? [{ request, endpoint, ...route }] : [];
  });
}

/** View a request's details; the answer states its status and method. */
export const networkInspect: TaskFamily = {
  id: 'network-inspect',
  tools: ['debugger-connect', 'view-network-logs', 'view-network-request-details'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => app.runtime !== undefined && candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    if (!app.runtime || options.length === 0) return undefined;
    const { request, endpoint, screen, depth, path } = pickByDepth(rng, deeperFirst(options));
    return {
      goal: `In ${app.name}, open the ${screen.title} screen and tell me the method and status of the request to ${endpoint}.`,
      params: { endpoint, screen: screen.title },
      privileged: {
        screenId: screen.id,
        path,
        requestId: request.id,
        method: request.method,
        status: request.status,
        port: app.runtime.metroPort,
      },
      difficulty: difficultyOf(depth, 1),
      check: (world) => world.state.seen[`request:${request.id}`] === true,
    };
  },
};
