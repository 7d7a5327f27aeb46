import type { AppSpec } from '../../../world/model.js';
import { allElements } from './graph.js';

/** State keys some element can change (toggle, input, select, submit, drag). */
function settableKeys(app: AppSpec): Set<string> {
  const keys = new Set<string>();
  for (const { element } of allElements(app)) {
    const on = element.on;
    if (on?.kind === 'toggle' || on?.kind === 'input' || on?.kind === 'select') keys.add(on.key);
    if (on?.kind === 'submit') for (const key of Object.keys(on.sets ?? {})) keys.add(key);
  }
  for (const screen of app.screens) if (screen.drag) keys.add(screen.drag.key);
  return keys;
}

/** State consistency: switches toggle known keys, submits require settable keys, credentials match. */
export function stateProblems(app: AppSpec): string[] {
  const problems: string[] = [];
  const settable = settableKeys(app);
  for (const { where, element } of allElements(app)) {
    const at = `${where} element ${element.id}`;
    const on = element.on;
    if (element.role === 'switch' && (on?.kind !== 'toggle' || element.stateKey !== on.key)) {
      problems.push(`${at}: a switch must toggle the key it displays`);
    }
    if (on?.kind === 'toggle' && typeof app.initialState[on.key] !== 'boolean') {
      problems.push(`${at}: toggles ${on.key}, which has no boolean initial state`);
    }
    if ((element.role === 'textfield' || element.role === 'securefield') && on?.kind !== 'input') {
      problems.push(`${at}: a text field needs an input behavior`);
    }
    if (on?.kind === 'submit') {
      for (const key of Object.keys(on.requires)) {
        if (!settable.has(key)) problems.push(`${at}: requires ${key}, which no element can set`);
      }
    }
  }
  for (const screen of app.screens) {
    if (screen.drag && !(screen.drag.key in app.initialState)) {
      problems.push(`screen ${screen.id}: drag key ${screen.drag.key} has no initial state`);
    }
    const zoom = screen.zoom;
    if (
      zoom &&
      !(zoom.min > 0 && zoom.min <= zoom.initial && zoom.initial <= zoom.max && zoom.min < zoom.max)
    ) {
      problems.push(`screen ${screen.id}: zoom bounds must satisfy 0 < min <= initial <= max`);
    }
  }
  if (app.credentials) {
    const { username, password } = app.credentials;
    const login = allElements(app).some(({ element }) => {
      const wanted = element.on?.kind === 'submit' ? Object.values(element.on.requires) : [];
      return wanted.includes(username) && wanted.includes(password);
    });
    if (!login) problems.push('credentials: no submit requires them');
  }
  if (app.onboarding) {
    const ids = new Set(app.screens.map((s) => s.id));
    if (app.onboarding.screens.length < 2) problems.push('onboarding: needs at least 2 pages');
    for (const page of app.onboarding.screens) {
      if (!ids.has(page)) problems.push(`onboarding: unknown screen ${page}`);
    }
    if (!settable.has(app.onboarding.completeKey))
      problems.push('onboarding: nothing sets its completeKey');
  }
  return problems;
}
