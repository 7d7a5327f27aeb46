import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import {
  buildAbout,
  buildProfile,
  buildSwitchScreen,
  fetchOn,
  linkTo,
} from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildLogin } from './kit/login-block.js';
import { buildOnboarding } from './kit/onboarding-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

const tourTopics = bank(
  'Stay_in_sync Share_with_your_team Work_offline Keep_it_private Find_anything Get_reminders',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen(
    'home',
    rng.pick(['Welcome', `Welcome to ${app.identity.name}`, 'Get started']),
  );
  const login = app.screen('login', rng.pick(['Sign in', 'Log in', 'Account login']));
  const signup = app.screen('signup', rng.pick(['Create account', 'Sign up', 'Register']));
  const main = app.screen('dashboard', rng.pick(['Home', 'Dashboard', 'Overview']));
  const profile = app.screen('profile', rng.pick(['Profile', 'Your account']));
  const security = app.screen('security', rng.pick(['Security', 'Login & security']));
  const about = app.screen('about', 'About');
  const tour = buildOnboarding(app, {
    from: home,
    topics: pickDistinct(rng, tourTopics, rng.int(2, 5)),
  });
  buildLogin(app, {
    screen: login,
    parent: home,
    success: main,
    extras: [linkTo(signup, rng.pick(['No account? Sign up', 'Create an account']))],
  });
  const form = createScreen(app, { screen: signup, parent: home });
  for (const label of pickDistinct(rng, bank('Full_name Email Username Company'), rng.int(2, 3))) {
    const key = app.state(`signup.${label}`, '');
    form.row({
      key: label,
      role: 'textfield',
      label,
      value: '',
      stateKey: key,
      on: { kind: 'input', key },
    });
  }
  const pass = app.state('signup.password', '');
  form.row({
    key: 'new password',
    role: 'securefield',
    label: rng.pick(['Choose a password', 'New password']),
    value: '',
    stateKey: pass,
    on: { kind: 'input', key: pass },
  });
  const terms = app.state('signup.terms', false);
  form.row({
    key: 'terms',
    role: 'checkbox',
    label: rng.pick(['I agree to the terms', 'Accept terms of service']),
    value: 'off',
    stateKey: terms,
    on: { kind: 'toggle', key: terms },
  });
  form.row({
    key: 'create',
    role: 'button',
    label: rng.pick(['Create account', 'Sign up']),
    on: {
      kind: 'submit',
      requires: { [terms]: true },
      success: login.id,
      failure: 'Please accept the terms',
    },
  });
  form.build();
  const dash = createScreen(app, { screen: main, parent: home });
  dash.row({
    key: 'greeting',
    role: 'text',
    label: rng.pick(['You are signed in', 'Welcome back!', 'Signed in']),
  });
  dash.row(linkTo(profile));
  dash.row(linkTo(security));
  dash.row(linkTo(about));
  dash.build();
  buildProfile(app, profile, main);
  buildSwitchScreen(app, security, main, [
    {
      heading: 'Sign-in',
      labels: pickDistinct(
        rng,
        bank('Two-factor_authentication Face_ID Passkeys Login_alerts Trusted_devices'),
        rng.int(2, 4),
      ),
    },
  ]);
  buildAbout(app, about, main);
  const welcome = createScreen(app, { screen: home });
  welcome.row(
    { key: 'hero', role: 'image', label: `${app.identity.name} logo` },
    rng.int(20, 40) / 10,
  );
  welcome.row({
    key: 'sign in',
    role: 'button',
    label: login.title,
    on: { kind: 'navigate', to: login.id },
  });
  welcome.row({
    key: 'sign up',
    role: 'button',
    label: signup.title,
    on: { kind: 'navigate', to: signup.id },
  });
  welcome.row({
    key: 'tour',
    role: 'link',
    label: rng.pick(['Take the tour', 'How it works', 'See what’s new']),
    on: { kind: 'navigate', to: tour.id },
  });
  welcome.build();
  fetchOn(app, main, 'POST', '/auth/session', { token: 'redacted', expiresIn: 3600 }, 201);
  fetchOn(app, signup, 'POST', '/auth/register', { error: 'email_taken' }, rng.pick([409, 422]));
  app.deepLink(login);
  app.deepLink(security);
  return home.id;
}

/** An account app: welcome, login with credentials, sign-up, onboarding tour, profile drill-down. */
export const authPack: Pack = definePack({
  id: 'auth',
  title: 'Login and account',
  supports: [...mobile, ...web],
  nouns: bank('Pass Key Vault ID Gate Login Access Portal'),
  build,
});
