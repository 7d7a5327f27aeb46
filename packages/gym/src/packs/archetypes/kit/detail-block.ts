import type { AppDraft } from './app-draft.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { createScreen, type ScreenBuilder } from './screen-builder.js';

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
}

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
  screen.build();
}
