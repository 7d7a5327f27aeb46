import type { ModalSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import type { ElementInput } from './element-input.js';
import { frameOf } from './milli.js';

/**
 * A modal with a title and stacked buttons: a bottom sheet on mobile, a
 * centred dialog on desktop. The app gets the modal; its id is returned.
 */
export function addModal(
  app: AppDraft,
  base: string,
  title: string,
  items: readonly ElementInput[],
): string {
  const { style } = app;
  const id = app.screen(`modal ${base}`, title).id;
  const rowH = style.rowH;
  const gap = Math.max(style.gap, 6);
  const count = items.length + 1;
  const height = count * rowH + (count + 1) * gap;
  const width = style.desktop ? Math.min(520, style.width) : style.width;
  const left = style.desktop ? Math.floor((1000 - width) / 2) : style.left;
  let y = style.desktop ? Math.floor((1000 - height) / 2) : 1000 - height - style.gap;
  const elements = [{ key: 'title', role: 'header', label: title } as const, ...items].map(
    (input) => {
      y += gap;
      const element = app.element(id, input, frameOf(left, y, width, rowH), false);
      y += rowH;
      return element;
    },
  );
  const modal: ModalSpec = { id, title, elements };
  app.addModal(modal);
  return id;
}

/** A context menu: the actions plus a Cancel that dismisses it. */
export function addContextMenu(
  app: AppDraft,
  base: string,
  title: string,
  actions: readonly string[],
): string {
  const key = app.state(`${base} action`, '');
  return addModal(app, base, title, [
    ...actions.map(
      (label): ElementInput => ({
        key: label,
        role: 'button',
        label,
        on: { kind: 'select', key, value: label },
      }),
    ),
    {
      key: 'cancel',
      role: 'button',
      label: app.rng.pick(['Cancel', 'Close', 'Dismiss']),
      on: { kind: 'dismiss' },
    },
  ]);
}
