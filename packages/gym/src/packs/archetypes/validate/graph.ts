import type { AppSpec, ElementBehavior, ElementSpec } from '../../../world/model.js';

/** Every element of the app with where it sits. */
export function allElements(app: AppSpec): { where: string; element: ElementSpec }[] {
  return [
    ...app.screens.flatMap((s) =>
      s.elements.map((element) => ({ where: `screen ${s.id}`, element })),
    ),
    ...app.modals.flatMap((m) =>
      m.elements.map((element) => ({ where: `modal ${m.id}`, element })),
    ),
  ];
}

/** Screen ids a behavior can lead to. */
function screenTargets(on: ElementBehavior | undefined): string[] {
  if (!on) return [];
  if (on.kind === 'navigate') return [on.to];
  if (on.kind === 'submit') return [on.success];
  if (on.kind === 'request' && on.then !== undefined) return [on.then];
  return [];
}

/** Broken references: behaviors, long presses, deep links, parents, requests. */
export function referenceProblems(app: AppSpec): string[] {
  const screens = new Set(app.screens.map((s) => s.id));
  const modals = new Set(app.modals.map((m) => m.id));
  const requests = new Set(app.requests.map((r) => r.id));
  const problems: string[] = [];
  for (const { where, element } of allElements(app)) {
    const on = element.on;
    const at = `${where} element ${element.id}`;
    for (const target of screenTargets(on)) {
      if (!screens.has(target)) problems.push(`${at}: leads to unknown screen ${target}`);
    }
    if (on?.kind === 'open-modal' && !modals.has(on.modal))
      problems.push(`${at}: opens unknown modal ${on.modal}`);
    if (on?.kind === 'request' && !requests.has(on.requestId)) {
      problems.push(`${at}: fires unknown request ${on.requestId}`);
    }
  }
  for (const screen of app.screens) {
    const ids = new Set(screen.elements.map((e) => e.id));
    for (const [elementId, modal] of Object.entries(screen.longPress ?? {})) {
      if (!ids.has(elementId))
        problems.push(`screen ${screen.id}: long press on unknown element ${elementId}`);
      if (!modals.has(modal))
        problems.push(`screen ${screen.id}: long press opens unknown modal ${modal}`);
    }
    if (screen.id === app.home && screen.parent !== undefined)
      problems.push('home screen has a parent');
    if (screen.id !== app.home && screen.parent === undefined)
      problems.push(`screen ${screen.id}: no parent`);
    if (screen.parent !== undefined && !screens.has(screen.parent)) {
      problems.push(`screen ${screen.id}: unknown parent ${screen.parent}`);
    }
  }
  for (const [url, target] of Object.entries(app.deepLinks)) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/./.test(url)) problems.push(`deep link ${url}: not a URL`);
    if (!screens.has(target)) problems.push(`deep link ${url}: unknown screen ${target}`);
  }
  for (const request of app.requests) {
    if (!screens.has(request.screen))
      problems.push(`request ${request.id}: unknown screen ${request.screen}`);
  }
  return problems;
}

/** Screens no path of taps (including through modals) reaches from home. */
export function unreachableScreens(app: AppSpec): string[] {
  const modalById = new Map(app.modals.map((m) => [m.id, m]));
  const screenById = new Map(app.screens.map((s) => [s.id, s]));
  const seen = new Set<string>([app.home]);
  const queue = [app.home];
  const visitElements = (elements: readonly ElementSpec[], openModals: Set<string>): void => {
    for (const element of elements) {
      for (const target of screenTargets(element.on)) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
      const on = element.on;
      if (on?.kind === 'open-modal' && !openModals.has(on.modal)) {
        openModals.add(on.modal);
        visitElements(modalById.get(on.modal)?.elements ?? [], openModals);
      }
    }
  };
  while (queue.length > 0) {
    const screen = screenById.get(queue.shift() as string);
    if (!screen) continue;
    const opened = new Set<string>();
    visitElements(screen.elements, opened);
    for (const modal of Object.values(screen.longPress ?? {})) {
      if (!opened.has(modal)) {
        opened.add(modal);
        visitElements(modalById.get(modal)?.elements ?? [], opened);
      }
    }
  }
  return app.screens.filter((s) => !seen.has(s.id)).map((s) => s.id);
}
