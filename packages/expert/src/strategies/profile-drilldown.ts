/**
 * profile-drilldown: follow the path to the nested screen and read the
 * field's value from a describe (the component tree prints no values).
 */
import { discover } from '../core/moves.js';
import { reach } from '../core/reach.js';
import type { SeenElement } from '../core/seen.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import type { Strategy } from './strategy.js';

const field = (view: ExpertView): string => privilegedString(view, 'fieldId') ?? '';

/** The field as a current describe shows it, with its value. */
function shown(view: ExpertView): SeenElement | undefined {
  const s = view.state;
  if (!s.fresh || s.seen?.tool !== 'describe') return undefined;
  const el = s.seen.byId.get(field(view));
  return el?.value !== undefined ? el : undefined;
}

/** Reach the screen holding the field and stop there: the answer states the value. */
export const profileDrilldownStrategy: Strategy = {
  family: 'profile-drilldown',
  needsDescribe: true,
  goals: [
    {
      name: 'read',
      done: (view) => shown(view) !== undefined,
      next(view) {
        // The field is on screen but this reading shows no value: read it with describe.
        if (view.state.seen?.byId.has(field(view))) return discover(view, true);
        return reach(view, privilegedList(view, 'path'), [field(view)]) ?? discover(view, true);
      },
    },
  ],
  facts(view) {
    const el = shown(view);
    return el?.value !== undefined ? { label: el.label, value: el.value } : {};
  },
};
