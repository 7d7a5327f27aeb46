import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { dateText, fetchOn, personName } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { addSlider, addSortable } from './kit/drag-block.js';
import { buildList } from './kit/list-block.js';
import { buildLogin } from './kit/login-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

function build(app: AppDraft): string {
  const { rng } = app;
  const login = app.screen('home', rng.pick(['Admin sign in', 'Console login', 'Sign in']));
  const users = app.screen('users', rng.pick(['Users', 'Members', 'Accounts']));
  const columns = app.screen(
    'columns',
    rng.pick(['Table columns', 'Column order', 'Customize table']),
  );
  const limits = app.screen('limits', rng.pick(['Rate limits', 'Quotas', 'Usage limits']));
  const flags = app.screen('flags', rng.pick(['Feature flags', 'Toggles']));
  const nav = [users, columns, limits, flags].map((s) => ({ key: s.id, label: s.title, to: s.id }));
  buildLogin(app, { screen: login, success: users });
  const roles = bank('Owner Admin Editor Viewer Billing Support');
  buildList(app, {
    screen: users,
    parent: login,
    nav,
    items: [...new Set(Array.from({ length: rng.int(8, 30) }, () => personName(app)))].map(
      (label) => ({ label, value: rng.pick(roles) }),
    ),
    details: rng.int(1, 3),
    decoy: true,
    before: (s) => {
      const q = app.state('users.filter', '');
      s.row({
        key: 'filter',
        role: 'searchfield',
        label: rng.pick(['Filter users', 'Search by name']),
        value: '',
        stateKey: q,
        on: { kind: 'input', key: q },
      });
    },
    detail: (item, ref, parent) =>
      buildDetail(app, {
        screen: ref,
        parent,
        fields: [
          { label: 'Role', value: item.value ?? 'Viewer' },
          { label: rng.pick(['Created', 'Invited']), value: dateText(app) },
          { label: rng.pick(['Last active', 'Last seen']), value: dateText(app) },
          { label: 'Status', value: rng.pick(['Active', 'Suspended', 'Pending invite']) },
        ],
      }),
  });
  const c = createScreen(app, { screen: columns, parent: users, nav });
  c.row({
    key: 'hint',
    role: 'text',
    label: rng.pick(['Drag to reorder columns', 'Reorder by dragging']),
  });
  addSortable(
    app,
    c,
    pickDistinct(rng, bank('Name Email Role Status Created Last_active Team Plan'), rng.int(3, 6)),
  );
  c.build();
  const l = createScreen(app, { screen: limits, parent: users, nav });
  addSlider(
    app,
    l,
    rng.pick(['Requests per minute', 'Max seats', 'Storage quota (GB)']),
    rng.int(0, 10),
    rng.int(50, 500),
  );
  l.build();
  const f = createScreen(app, { screen: flags, parent: users, nav });
  for (const label of pickDistinct(
    rng,
    bank('New_dashboard Beta_search Audit_log SSO_enforcement Dark_theme CSV_export'),
    rng.int(2, 5),
  )) {
    const key = app.state(`flags.${label}`, rng.chance(0.5));
    f.row({
      key: label,
      role: 'checkbox',
      label,
      value: app.parts.state[key] ? 'on' : 'off',
      stateKey: key,
      on: { kind: 'toggle', key },
    });
  }
  f.build();
  fetchOn(app, users, 'GET', `/admin/users?page=1&size=${rng.pick([25, 50, 100])}`, {
    total: rng.int(30, 4000),
  });
  fetchOn(app, flags, 'PATCH', '/admin/flags', { updated: true });
  for (const s of [users, columns, limits]) app.deepLink(s);
  return login.id;
}

/** An admin console (web): login, a users table with details, sortable columns, a limit slider, flags. */
export const adminTablesPack: Pack = definePack({
  id: 'admin-tables',
  title: 'Admin tables',
  supports: web,
  nouns: bank('Admin Console Ops Desk Control Panel Board Backoffice'),
  build,
});
