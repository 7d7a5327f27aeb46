import type { AppDraft } from './app-draft.js';
import type { ElementInput, NavItem, ScreenRef } from './element-input.js';
import { createScreen } from './screen-builder.js';
import { addButtonWithTwin } from './switch-block.js';
import { adjectives, cities, firstNames, lastNames } from './words.js';

/** Where the login screen sits and where it leads. */
export interface LoginOptions {
  readonly screen: ScreenRef;
  readonly parent?: ScreenRef;
  readonly success: ScreenRef;
  readonly nav?: readonly NavItem[];
  /** Extra elements below the form (links to sign up, help). */
  readonly extras?: readonly ElementInput[];
}

/**
 * A login form: a username field, a password field and a submit that
 * requires the app's credentials and sets `loggedIn: true`. The valid
 * credentials go to `AppSpec.credentials`, never into the initial state.
 */
export function buildLogin(app: AppDraft, options: LoginOptions): void {
  const { rng, identity } = app;
  const first = rng.pick(firstNames).toLowerCase();
  const last = rng.pick(lastNames).toLowerCase();
  const email = rng.chance(0.5);
  const username = email
    ? `${first}.${last}@${rng.pick(['example.com', 'mail.test', `${identity.slug}.test`])}`
    : `${first}${rng.pick(['', '_', '.'])}${last}${rng.int(1, 99)}`;
  const password = `${rng.pick([...adjectives, ...cities])}-${rng.int(10, 9999)}${rng.pick(['!', '#', '?', '$', ''])}`;
  app.extend({ credentials: { username, password } });
  app.state('loggedIn', false);
  const userKey = app.state(`${options.screen.id}.username`, '');
  const passKey = app.state(`${options.screen.id}.password`, '');
  const screen = createScreen(app, {
    screen: options.screen,
    ...(options.parent ? { parent: options.parent } : {}),
    ...(options.nav ? { nav: options.nav } : {}),
  });
  if (rng.chance(0.5)) {
    screen.row({
      key: 'welcome',
      role: 'text',
      label: rng.pick(['Welcome back', `Sign in to ${identity.name}`, 'Good to see you']),
    });
  }
  screen.row({
    key: 'username',
    role: 'textfield',
    label: email
      ? rng.pick(['Email', 'Email address', 'Work email'])
      : rng.pick(['Username', 'User name', 'Account ID']),
    value: '',
    stateKey: userKey,
    on: { kind: 'input', key: userKey },
  });
  screen.row({
    key: 'password',
    role: 'securefield',
    label: rng.pick(['Password', 'Passcode', 'Your password']),
    value: '',
    stateKey: passKey,
    on: { kind: 'input', key: passKey },
  });
  if (rng.chance(0.4)) {
    const key = app.state(`${options.screen.id}.remember`, false);
    screen.row({
      key: 'remember',
      role: 'switch',
      label: 'Remember me',
      value: 'off',
      stateKey: key,
      on: { kind: 'toggle', key },
    });
  }
  addButtonWithTwin(
    app,
    screen,
    {
      key: 'submit',
      role: 'button',
      label: rng.pick(['Sign in', 'Log in', 'Continue', 'Sign In']),
      on: {
        kind: 'submit',
        requires: { [userKey]: username, [passKey]: password },
        success: options.success.id,
        failure: rng.pick([
          'Incorrect email or password',
          'Those details did not match',
          'Login failed. Try again.',
        ]),
        sets: { loggedIn: true },
      },
    },
    0.3,
  );
  const helpKey = app.state(`${options.screen.id}.help`, '');
  screen.row({
    key: 'forgot',
    role: 'link',
    label: rng.pick(['Forgot password?', 'Reset password', 'Trouble signing in?']),
    on: { kind: 'select', key: helpKey, value: 'reset' },
  });
  for (const extra of options.extras ?? []) screen.row(extra);
  screen.build();
}
