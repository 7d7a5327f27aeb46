import type { RequestSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import { buildDetail } from './detail-block.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { dateText, personName } from './people-dates.js';
import { createScreen } from './screen-builder.js';
import { addButtonWithTwin, addSwitches, type SwitchGroup } from './switch-block.js';
import { cities } from './words.js';

// Kept importable from here, where the packs have always found them.
export { dateText, personName };

/** A request fired when `screen` appears, with a JSON body. */
export function fetchOn(
  app: AppDraft,
  screen: ScreenRef,
  method: RequestSpec['method'],
  path: string,
  body: unknown,
  status = 200,
): string {
  return app.addRequest({
    method,
    path,
    status,
    durationMs: app.rng.int(25, 900),
    ...(method === 'GET' ? {} : { requestBody: JSON.stringify({ client: app.identity.slug }) }),
    responseBody: JSON.stringify(body),
    screen: screen.id,
  });
}

/** A navigation cell to another screen. */
export function linkTo(target: ScreenRef, label = target.title): ElementInput {
  return { key: `open ${label}`, role: 'cell', label, on: { kind: 'navigate', to: target.id } };
}

/** Profile → account details: read-outs two levels deep (profile-drilldown). */
export function buildProfile(app: AppDraft, screen: ScreenRef, parent: ScreenRef): void {
  const { rng } = app;
  const name = personName(app);
  const nested = app.screen(
    `${screen.id} details`,
    rng.pick(['Account details', 'Personal info', 'Membership']),
  );
  buildDetail(app, {
    screen,
    parent,
    image: rng.chance(0.5),
    fields: rng
      .shuffle([
        { label: 'Name', value: name },
        {
          label: rng.pick(['Email', 'Email address']),
          value: `${name.split(' ')[0]?.toLowerCase()}@${app.identity.host}`,
        },
        { label: rng.pick(['Member since', 'Joined']), value: dateText(app) },
        {
          label: rng.pick(['Plan', 'Tier', 'Subscription']),
          value: rng.pick(['Free', 'Plus', 'Pro', 'Family', 'Business']),
        },
      ])
      .slice(0, rng.int(2, 4)),
    after: [linkTo(nested)],
  });
  buildDetail(app, {
    screen: nested,
    parent: screen,
    fields: rng
      .shuffle([
        {
          label: rng.pick(['Account ID', 'Customer number']),
          value: `${rng.pick(['AC', 'CU', 'ID'])}-${rng.int(100000, 999999)}`,
        },
        { label: 'Region', value: rng.pick(cities) },
        { label: rng.pick(['Two-factor', '2-step verification']), value: rng.pick(['On', 'Off']) },
        { label: rng.pick(['Last login', 'Last sign-in']), value: dateText(app) },
        {
          label: rng.pick(['Phone', 'Mobile']),
          value: `+${rng.int(1, 99)} ${rng.int(200, 999)} ${rng.int(1000, 9999)}`,
        },
      ])
      .slice(0, rng.int(3, 5)),
  });
}

/** A screen of switch groups with decoys and, sometimes, a sign-out button with a disabled twin. */
export function buildSwitchScreen(
  app: AppDraft,
  screen: ScreenRef,
  parent: ScreenRef,
  groups: readonly SwitchGroup[],
): void {
  const builder = createScreen(app, { screen, parent });
  addSwitches(app, builder, groups, true);
  if (app.rng.chance(0.3)) {
    const key = app.state(`${screen.id}.reset`, '');
    addButtonWithTwin(
      app,
      builder,
      {
        key: 'reset',
        role: 'button',
        label: app.rng.pick(['Reset to defaults', 'Restore defaults']),
        on: { kind: 'select', key, value: 'reset' },
      },
      0.5,
    );
  }
  builder.build();
}

/** About: version read-outs. */
export function buildAbout(app: AppDraft, screen: ScreenRef, parent: ScreenRef): void {
  const { rng } = app;
  buildDetail(app, {
    screen,
    parent,
    fields: [
      { label: 'Version', value: `${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}` },
      { label: 'Build', value: String(rng.int(1000, 99999)) },
      ...(rng.chance(0.5)
        ? [{ label: rng.pick(['Licenses', 'Open source']), value: `${rng.int(12, 240)} packages` }]
        : []),
    ],
  });
}
