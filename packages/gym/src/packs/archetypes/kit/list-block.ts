import type { ElementBehavior, ElementSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import { nearDuplicate } from './decoys.js';
import type { ElementInput, NavItem, ScreenRef } from './element-input.js';
import { addContextMenu } from './modal-builder.js';
import { createScreen, type ScreenBuilder } from './screen-builder.js';

/** One row of a list. */
export interface ListItem {
  readonly label: string;
  /** Secondary text shown with the row (price, time, count). */
  readonly value?: string;
}

/** A list screen whose chosen rows open their own detail screens. */
export interface ListOptions {
  readonly screen: ScreenRef;
  readonly parent?: ScreenRef;
  readonly nav?: readonly NavItem[];
  readonly actions?: readonly ElementInput[];
  readonly sticky?: ElementInput;
  readonly items: readonly ListItem[];
  /** How many rows get a detail screen (the last row always does, so a long list hides one below the fold). */
  readonly details: number;
  /** Builds the detail screen of a row. */
  readonly detail: (item: ListItem, screen: ScreenRef, parent: ScreenRef) => void;
  /** Rows may become grid tiles when the app's style likes grids. */
  readonly gridOk?: boolean;
  /** Adds elements above the rows (search, filters, summary). */
  readonly before?: (screen: ScreenBuilder) => void;
  /** Adds elements below the rows. */
  readonly after?: (screen: ScreenBuilder) => void;
  readonly component?: string;
  /** A long press on detail rows opens this context menu. */
  readonly menu?: { readonly title: string; readonly actions: readonly string[] };
  /** Adds a look-alike row next to a detailed one. */
  readonly decoy?: boolean;
}

/**
 * The row of an item labelled `label`. Built field by field rather than
 * with spreads (several per row were a visible share of generating an app),
 * in the order the spreads gave: role, label, value, component, key, on.
 */
function rowInput(
  item: ListItem,
  component: string | undefined,
  label: string,
  on: ElementBehavior,
): ElementInput {
  const input: Record<string, unknown> = { role: 'cell', label };
  if (item.value !== undefined) input.value = item.value;
  if (component) input.component = component;
  input.key = `row ${label}`;
  input.on = on;
  return input as unknown as ElementInput;
}

/** Builds the list, its detail screens and its decoys; returns the row elements. */
export function buildList(app: AppDraft, options: ListOptions): ElementSpec[] {
  const { rng } = app;
  const items = options.items;
  const last = items.length - 1;
  const chosen = new Set<number>([last]);
  for (
    let tries = 0;
    chosen.size < Math.min(options.details, items.length) && tries < 50;
    tries += 1
  ) {
    chosen.add(rng.int(0, last));
  }
  const selectKey = app.state(`${options.screen.id}.selected`, '');
  const inputs: ElementInput[] = [];
  const detailIndexes: number[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as ListItem;
    if (chosen.has(i)) {
      const ref = app.screen(`${options.screen.id} ${item.label}`, item.label);
      options.detail(item, ref, options.screen);
      detailIndexes.push(inputs.length);
      inputs.push(rowInput(item, options.component, item.label, { kind: 'navigate', to: ref.id }));
      if (options.decoy && i !== last && rng.chance(0.5)) {
        const label = nearDuplicate(rng, item.label);
        inputs.push(
          rowInput(item, options.component, label, {
            kind: 'select',
            key: selectKey,
            value: label,
          }),
        );
      }
    } else {
      inputs.push(
        rowInput(item, options.component, item.label, {
          kind: 'select',
          key: selectKey,
          value: item.label,
        }),
      );
    }
  }
  const screen = createScreen(app, {
    screen: options.screen,
    parent: options.parent,
    nav: options.nav,
    actions: options.actions,
    sticky: options.sticky,
  });
  options.before?.(screen);
  const rows = screen.list(inputs, options.gridOk ?? false);
  options.after?.(screen);
  if (options.menu) {
    const menu = addContextMenu(
      app,
      `${options.screen.id} menu`,
      options.menu.title,
      options.menu.actions,
    );
    for (const index of detailIndexes) {
      const row = rows[index];
      if (row) screen.longPress(row.id, menu);
    }
  }
  screen.build();
  return rows;
}
