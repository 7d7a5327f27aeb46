import type { AppDraft } from './app-draft.js';
import type { ScreenBuilder } from './screen-builder.js';

/** A slider whose value a drag changes; the screen's one drag target. Returns the state key. */
export function addSlider(
  app: AppDraft,
  screen: ScreenBuilder,
  label: string,
  min: number,
  max: number,
): string {
  const initial = String(app.rng.int(min, max));
  const key = app.state(`${screen.id}.${label}`, initial);
  screen.row({ key: `${label} slider`, role: 'slider', label, value: initial, stateKey: key });
  screen.enable({ drag: { key, kind: 'slider' } });
  return key;
}

/**
 * A sortable list: dragging a row reorders it; the order lives in state as
 * labels joined by `|`. Tapping a row selects it. Returns the state key.
 */
export function addSortable(
  app: AppDraft,
  screen: ScreenBuilder,
  labels: readonly string[],
): string {
  const key = app.state(`${screen.id}.order`, labels.join('|'));
  const selected = app.state(`${screen.id}.picked`, '');
  for (const label of labels) {
    screen.row({
      key: `sortable ${label}`,
      role: 'cell',
      label,
      on: { kind: 'select', key: selected, value: label },
    });
  }
  screen.enable({ drag: { key, kind: 'reorder' } });
  return key;
}
