import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildSwitchScreen, dateText, fetchOn, linkTo } from './kit/common-screens.js';
import { combineLabels, pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildList } from './kit/list-block.js';
import { buildOnboarding } from './kit/onboarding-block.js';
import { createScreen } from './kit/screen-builder.js';
import { bank } from './kit/words.js';

const noteWords = bank(
  'Groceries Ideas Meeting Recipe Packing_list Book_notes Budget Workout Gift_ideas Travel_plan Journal',
);
const qualifiers = bank('Weekly Draft Old Shared Quick Q3 Monday Family Team');

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Notes', 'All notes', 'Folders']));
  const folders = pickDistinct(
    rng,
    bank('Personal Work Recipes Travel Archive Projects'),
    rng.int(1, 3),
  ).map((f) => app.screen(f, f));
  const prefs = app.screen('editor settings', rng.pick(['Editor settings', 'Preferences']));
  const tour = buildOnboarding(app, {
    from: home,
    topics: pickDistinct(
      rng,
      bank('Write_anywhere Organise_with_folders Sync_everywhere Lock_private_notes'),
      rng.int(2, 4),
    ),
  });
  for (const folder of folders) {
    buildList(app, {
      screen: folder,
      parent: home,
      items: combineLabels(rng, qualifiers, noteWords, rng.int(4, 20)).map((label) => ({
        label,
        value: dateText(app),
      })),
      details: rng.int(1, 3),
      decoy: true,
      component: rng.pick(['NoteRow', 'NoteCard']),
      gridOk: true,
      menu: {
        title: rng.pick(['Note actions', 'Options']),
        actions: pickDistinct(rng, bank('Pin Duplicate Move Delete Share Lock'), 3),
      },
      detail: (item, ref, parent) => {
        const s = createScreen(app, { screen: ref, parent });
        const body = app.state(
          `${ref.id}.body`,
          `${item.label}: ${rng.pick(['todo', 'remember', 'draft'])}`,
        );
        s.row(
          {
            key: 'body',
            role: 'textfield',
            label: rng.pick(['Note', 'Body', 'Text']),
            value: `${item.label}`,
            stateKey: body,
            on: { kind: 'input', key: body },
          },
          rng.int(30, 60) / 10,
        );
        s.row({
          key: 'edited',
          role: 'text',
          label: rng.pick(['Last edited', 'Modified']),
          value: item.value ?? '',
          stateKey: app.state(`${ref.id}.edited`, item.value ?? ''),
        });
        const saved = app.state(`${ref.id}.saved`, false);
        s.row({
          key: 'save',
          role: 'button',
          label: rng.pick(['Save', 'Done']),
          on: {
            kind: 'submit',
            requires: {},
            success: parent.id,
            failure: 'Could not save',
            sets: { [saved]: true },
          },
        });
        s.build();
      },
    });
  }
  buildSwitchScreen(app, prefs, home, [
    {
      heading: 'Editor',
      labels: pickDistinct(
        rng,
        bank('Spell_check Markdown Auto-save Line_numbers Smart_quotes Word_count'),
        rng.int(3, 5),
      ),
    },
  ]);
  const h = createScreen(app, {
    screen: home,
    actions: [
      {
        key: 'new',
        role: 'button',
        label: rng.pick(['New', 'Compose', '+']),
        on: { kind: 'navigate', to: (folders[0] ?? prefs).id },
      },
    ],
  });
  const search = app.state('home.search', '');
  h.row({
    key: 'search',
    role: 'searchfield',
    label: 'Search notes',
    value: '',
    stateKey: search,
    on: { kind: 'input', key: search },
  });
  for (const folder of folders) h.row(linkTo(folder));
  h.row(linkTo(prefs));
  h.row({
    key: 'tour',
    role: 'link',
    label: rng.pick(["What's new", 'Take the tour']),
    on: { kind: 'navigate', to: tour.id },
  });
  h.build();
  for (const folder of folders)
    fetchOn(app, folder, 'GET', `/notes?folder=${folder.id}`, { notes: rng.int(1, 40) });
  fetchOn(app, prefs, 'PUT', '/settings/editor', { saved: true });
  app.deepLink(rng.pick(folders));
  return home.id;
}

/** Notes: folders of notes with long-press menus, an editor, settings and a tour. */
export const notesPack: Pack = definePack({
  id: 'notes',
  title: 'Notes and editor',
  supports: [...mobile, ...web],
  nouns: bank('Notes Pad Ink Memo Jot Page Draft Journal'),
  build,
});
