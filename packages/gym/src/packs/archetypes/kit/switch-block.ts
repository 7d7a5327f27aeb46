import type { AppDraft } from './app-draft.js';
import { nearDuplicate } from './decoys.js';
import type { ScreenBuilder } from './screen-builder.js';

/** A titled group of switch labels. */
export interface SwitchGroup {
  readonly heading: string;
  readonly labels: readonly string[];
}

/**
 * Adds switch rows with state keys (initially on or off at random), and
 * sometimes a look-alike switch ("Notifications" / "Notification sounds").
 */
export function addSwitches(
  app: AppDraft,
  screen: ScreenBuilder,
  groups: readonly SwitchGroup[],
  decoys: boolean,
): void {
  const { rng } = app;
  const used = new Set(groups.flatMap((g) => g.labels));
  const add = (label: string): void => {
    const initial = rng.chance(0.5);
    const key = app.state(`${screen.id}.${label}`, initial);
    screen.row({
      key: `${label} switch`,
      role: 'switch',
      label,
      value: initial ? 'on' : 'off',
      stateKey: key,
      on: { kind: 'toggle', key },
    });
  };
  for (const group of groups) {
    if (groups.length > 1 || rng.chance(0.5)) screen.section(group.heading);
    for (const label of group.labels) {
      add(label);
      const twin = nearDuplicate(rng, label);
      if (decoys && rng.chance(0.3) && !used.has(twin)) {
        used.add(twin);
        add(twin);
      }
    }
  }
}

/** A button and, sometimes, a disabled twin with the same label right after it. */
export function addButtonWithTwin(
  app: AppDraft,
  screen: ScreenBuilder,
  input: Parameters<ScreenBuilder['row']>[0],
  twinChance: number,
): void {
  screen.row(input);
  if (app.rng.chance(twinChance)) {
    const { on: _on, ...rest } = input;
    screen.row({ ...rest, key: `${input.key} disabled`, disabled: true });
  }
}
