/** login: fill a sign-in form and submit it. */
import { pathTo } from '../world/app-index.js';
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';
import { stateKeyOf } from '../world/runtime.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, runtimesOf, screensByDepth } from './helpers.js';

interface LoginForm {
  readonly screen: ScreenSpec;
  readonly depth: number;
  readonly submit: ElementSpec;
  readonly user: ElementSpec;
  readonly password: ElementSpec;
  readonly username: string;
  readonly secret: string;
}

function findForm(app: AppSpec): LoginForm | undefined {
  for (const { screen, depth } of screensByDepth(app)) {
    for (const submit of screen.elements) {
      const on = submit.on;
      if (on?.kind !== 'submit' || on.sets?.loggedIn !== true) continue;
      const fields = screen.elements.filter((e) => {
        const key = stateKeyOf(e);
        return (
          (e.role === 'textfield' || e.role === 'securefield') &&
          key !== undefined &&
          typeof on.requires[key] === 'string'
        );
      });
      const password = fields.find((e) => e.role === 'securefield');
      const user = fields.find((e) => e.role === 'textfield');
      if (!password || !user) continue;
      const username = on.requires[stateKeyOf(user) ?? ''];
      const secret = on.requires[stateKeyOf(password) ?? ''];
      if (typeof username !== 'string' || typeof secret !== 'string') continue;
      return { screen, depth, submit, user, password, username, secret };
    }
  }
  return undefined;
}

/** Sign in with a username and password. */
export const login: TaskFamily = {
  id: 'login',
  tools: ['describe', 'gesture-tap', 'keyboard'],
  // A core grounding skill (find, reach and tap what was discovered): drawn more often.
  weight: 2,
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: (app) => findForm(app) !== undefined && app.initialState.loggedIn !== true,
  sample(_rng, { app }) {
    const form = findForm(app);
    if (!form) return undefined;
    return {
      goal: `Sign in to ${app.name} as ${form.username}.`,
      params: { username: form.username, password: form.secret },
      privileged: {
        screenId: form.screen.id,
        userFieldId: form.user.id,
        passwordFieldId: form.password.id,
        submitId: form.submit.id,
        path: pathTo(app, form.screen.id) ?? [],
      },
      difficulty: difficultyOf(form.depth, 1),
      check: (world) => runtimesOf(world, app.id).some((rt) => rt.values.loggedIn === true),
    };
  },
};
