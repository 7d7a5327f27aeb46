import type { AppSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import { dictionary } from './dictionary.js';
import { addFirstRunPrompt } from './first-run.js';
import { screenPaths } from './paths.js';
import { buildRuntime } from './runtime.js';
import { buildWeb } from './web.js';
import { firstNames } from './words.js';

/** Where a build of the app lies, for reinstall-app. */
function appPathOf(draft: AppDraft): string {
  const { rng, identity, request } = draft;
  const dev = rng.pick(firstNames).toLowerCase();
  const bare = identity.name.replace(/[^A-Za-z0-9]/g, '');
  if (request.kind === 'web') return `/srv/${identity.slug}/dist`;
  if (request.platform === 'android') {
    return rng.pick([
      `/Users/${dev}/code/${identity.slug}/android/app/build/outputs/apk/debug/app-debug.apk`,
      `/home/${dev}/builds/${identity.slug}-${rng.int(1, 9)}.${rng.int(0, 20)}.apk`,
    ]);
  }
  return rng.pick([
    `/Users/${dev}/Library/Developer/Xcode/DerivedData/${bare}-${rng.int(1000, 9999)}/Build/Products/Debug-iphonesimulator/${bare}.app`,
    `/Users/${dev}/builds/${bare}.app`,
  ]);
}

/** The finished app: platform specifics, deep links, runtime or web spec. */
export function finishApp(draft: AppDraft, pack: string, home: string): AppSpec {
  const { rng, identity, request, parts } = draft;
  const paths = screenPaths(parts.screens, home);
  let homeFetches = false;
  for (const r of parts.requests) if (r.screen === home) homeFetches = true;
  if (!homeFetches) {
    draft.addRequest({
      method: 'GET',
      path: rng.pick(['/config', '/me', '/bootstrap', '/v1/session']),
      status: 200,
      durationMs: rng.int(40, 400),
      responseBody: JSON.stringify({ ok: true, build: rng.int(100, 999) }),
      screen: home,
    });
  }
  const deepLinks = dictionary<string>();
  for (const screen of parts.links) {
    const path = paths[screen.id] ?? '/';
    if (request.kind === 'web') {
      deepLinks[`https://${identity.host}${path}`] = screen.id;
    } else {
      deepLinks[`${identity.scheme}://${path.slice(1) || 'home'}`] = screen.id;
      deepLinks[`https://${identity.host}${path}`] = screen.id;
    }
  }
  const activity =
    request.platform === 'android'
      ? rng.pick(['.MainActivity', '.ui.MainActivity', '.LauncherActivity', '.app.HomeActivity'])
      : undefined;
  // Field by field in the order specs have always serialized in; the rng is
  // drawn in the same order too (activity, app path, runtime, web).
  const app: Record<string, unknown> = {
    id: identity.id,
    name: identity.name,
    pack,
    platform: request.platform,
    kind: request.kind,
    screens: parts.screens,
    modals: parts.modals,
    home,
  };
  if (activity !== undefined) app.activity = activity;
  app.deepLinks = deepLinks;
  app.initialState = parts.state;
  app.requests = parts.requests;
  for (const field in parts.extra) app[field] = parts.extra[field as keyof typeof parts.extra];
  app.appPath = appPathOf(draft);
  if (request.kind === 'react-native') {
    app.runtime = buildRuntime(
      rng.fork('runtime'),
      identity,
      parts.screens,
      parts.modals,
      parts.logs,
      home,
    );
  }
  if (request.kind === 'web') app.web = buildWeb(rng.fork('web'), identity, paths);
  // Last, from a fork, so every draw above is what it was before apps had first-run prompts.
  const firstRun = addFirstRunPrompt(draft, rng.fork('first-run'), identity.name);
  if (firstRun !== undefined) app.firstRun = firstRun;
  return app as unknown as AppSpec;
}
