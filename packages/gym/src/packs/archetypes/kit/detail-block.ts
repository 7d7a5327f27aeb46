import type { AppDraft } from './app-draft.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { dateText, personName } from './people-dates.js';
import { createScreen, type ScreenBuilder } from './screen-builder.js';
import { bank } from './words.js';

/** A labelled read-out on a detail screen. */
export interface Field {
  readonly label: string;
  readonly value: string;
}

/** What a detail screen shows besides read-outs. */
export interface DetailOptions {
  readonly screen: ScreenRef;
  readonly parent: ScreenRef;
  readonly fields: readonly Field[];
  /** Buttons or cells after the read-outs (e.g. a link to a nested screen). */
  readonly after?: readonly ElementInput[];
  readonly image?: boolean;
  /** Lets the caller add more before the screen is built. */
  readonly extend?: (screen: ScreenBuilder) => void;
  /**
   * Whether the screen may link to a nested page of further read-outs and
   * an action (about half of them do). False for a confirmation screen,
   * which is the end of a flow.
   */
  readonly nested?: boolean;
}

const nestedKinds = [
  { link: 'More details', title: (t: string) => `More on ${t}` },
  { link: 'History', title: (t: string) => `${t} history` },
  { link: 'Activity', title: (t: string) => `${t} activity` },
  { link: 'Notes', title: (t: string) => `Notes on ${t}` },
  { link: 'Specifications', title: (t: string) => `${t} specs` },
] as const;
const actions = bank(
  'Share Save Follow Report Pin Export Subscribe Copy_link Mark_as_read Archive',
);

/**
 * A detail screen of read-outs: each value is kept in state under its own
 * key, which is what profile-drilldown reads back.
 */
export function buildDetail(app: AppDraft, options: DetailOptions): void {
  const screen = createScreen(app, { screen: options.screen, parent: options.parent });
  if (options.image)
    screen.row({ key: 'hero', role: 'image', label: `${options.screen.title} photo` });
  const slug = options.screen.id;
  for (const field of options.fields) {
    const stateKey = app.state(`${slug}.${field.label}`, field.value);
    screen.row(
      { key: field.label, role: 'text', label: field.label, value: field.value, stateKey },
      0.8,
    );
  }
  for (const input of options.after ?? []) screen.row(input);
  options.extend?.(screen);
  // A level below the detail: real apps keep history, specs or notes a tap
  // further in, and tasks that reach it make the agent ground one more tap
  // on a screen it has just discovered.
  if (options.nested !== false && app.rng.chance(0.5)) {
    const kind = app.rng.pick(nestedKinds);
    const ref = app.screen(`${slug} more`, kind.title(options.screen.title));
    screen.row({
      key: `open ${kind.link}`,
      role: 'cell',
      label: kind.link,
      on: { kind: 'navigate', to: ref.id },
    });
    buildNested(app, ref, options.screen);
  }
  screen.build();
}

/** The nested page: dated, referenced read-outs and one action. */
function buildNested(app: AppDraft, ref: ScreenRef, parent: ScreenRef): void {
  const { rng } = app;
  const fields = rng
    .shuffle([
      {
        label: rng.pick(['Updated', 'Last changed']),
        value: dateText(app, 2019),
      },
      { label: 'Reference', value: `${rng.pick(['REF', 'NO', 'ID'])}-${rng.int(10000, 99999)}` },
      {
        label: rng.pick(['Added by', 'Owner']),
        value: personName(app),
      },
      { label: rng.pick(['Views', 'Visits']), value: String(rng.int(2, 9000)) },
    ])
    .slice(0, rng.int(2, 4));
  const action = rng.pick(actions);
  const key = app.state(`${ref.id}.action`, '');
  buildDetail(app, {
    screen: ref,
    parent,
    fields,
    nested: false,
    after: [
      { key: action, role: 'button', label: action, on: { kind: 'select', key, value: '1' } },
    ],
  });
}
