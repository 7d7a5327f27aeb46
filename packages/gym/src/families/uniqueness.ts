/**
 * Whether a label (or id) names one element only, so a task may name the
 * element without saying where it is. Families ask this of every element of
 * every reachable screen when they list their candidates; counting by
 * scanning made that quadratic in the elements of a screen or app. Each
 * screen's and app's names are now tallied once and kept: specs are never
 * changed after generation (see app-index), so a tally stays true.
 */
import type { AppSpec, ElementSpec, ScreenSpec } from '../world/model.js';

/** Label → how many elements of the screen carry it. */
const screenLabels = new WeakMap<ScreenSpec, Map<string, number>>();

function labelCounts(screen: ScreenSpec): Map<string, number> {
  let counts = screenLabels.get(screen);
  if (counts === undefined) {
    counts = new Map();
    for (const e of screen.elements) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
    screenLabels.set(screen, counts);
  }
  return counts;
}

/** True when no other element of the screen has the same label. */
export function uniqueLabel(screen: ScreenSpec, el: ElementSpec): boolean {
  return el.label.trim() !== '' && labelCounts(screen).get(el.label) === 1;
}

/** A name → the one element carrying it, or null when several do. */
type Sole = Map<string, ElementSpec | null>;

interface AppNames {
  readonly byLabel: Sole;
  readonly byId: Sole;
}

const appNames = new WeakMap<AppSpec, AppNames>();

function note(sole: Sole, name: string, e: ElementSpec): void {
  sole.set(name, sole.has(name) ? null : e);
}

/** The labels and ids of every screen's elements and of the first-run prompt's. */
function namesOf(app: AppSpec): AppNames {
  const known = appNames.get(app);
  if (known !== undefined) return known;
  const names: AppNames = { byLabel: new Map(), byId: new Map() };
  const tally = (elements: readonly ElementSpec[]): void => {
    for (const e of elements) {
      note(names.byLabel, e.label, e);
      note(names.byId, e.id, e);
    }
  };
  for (const s of app.screens) tally(s.elements);
  for (const m of app.modals) if (m.id === app.firstRun?.modal) tally(m.elements);
  appNames.set(app, names);
  return names;
}

/**
 * True when no other element of any screen, nor of the first-run prompt the
 * app opens with, shares this element's label or id, so a task may name it
 * without naming its screen (and a check keyed by id cannot be met on
 * another screen, nor by putting off the prompt). Exactly one element may
 * carry the label or the id: one element carrying both, or one carrying
 * either while nothing carries the other.
 */
export function uniqueInApp(app: AppSpec, el: ElementSpec): boolean {
  if (el.label.trim() === '') return false;
  const { byLabel, byId } = namesOf(app);
  const label = byLabel.get(el.label);
  const id = byId.get(el.id);
  if (label === null || id === null) return false;
  if (label === undefined) return id !== undefined;
  return id === undefined || id === label;
}
