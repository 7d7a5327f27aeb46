import type { AppSpec } from '../../../world/model.js';
import { allElements } from './graph.js';

/** Platform and kind specifics: Android activity, web spec, React Native runtime. */
export function platformProblems(app: AppSpec): string[] {
  const problems: string[] = [];
  if (!app.id || !app.name || !app.appPath) problems.push('app: id, name and appPath are required');
  if ((app.kind === 'web') !== (app.platform === 'chromium')) {
    problems.push(`app: kind ${app.kind} does not run on ${app.platform}`);
  }
  if (app.platform === 'android' && !app.activity)
    problems.push('app: Android apps need an activity');
  const screens = new Set(app.screens.map((s) => s.id));
  if (app.kind === 'web') {
    if (!app.web) problems.push('app: web apps need a web spec');
    const paths = app.web?.paths ?? {};
    for (const id of screens)
      if (paths[id] === undefined) problems.push(`web: screen ${id} has no path`);
    const values = Object.values(paths);
    if (new Set(values).size !== values.length) problems.push('web: two screens share a path');
    if (app.web && !app.web.origin.startsWith('https://'))
      problems.push('web: origin must be https');
  }
  if (app.kind === 'react-native') {
    const runtime = app.runtime;
    if (!runtime) return [...problems, 'app: React Native apps need a runtime'];
    if (!Number.isInteger(runtime.metroPort) || runtime.metroPort <= 0)
      problems.push('runtime: bad metro port');
    if (!runtime.projectRoot.startsWith('/'))
      problems.push('runtime: projectRoot must be absolute');
    for (const { where, element } of allElements(app)) {
      if (!element.component) problems.push(`${where} element ${element.id}: no component name`);
      else if (!runtime.sources[element.component]) {
        problems.push(`runtime: no source for component ${element.component}`);
      }
    }
    for (const hotspot of runtime.hotspots) {
      if (!runtime.sources[hotspot.component])
        problems.push(`runtime: no source for hotspot ${hotspot.component}`);
      if (!screens.has(hotspot.screen))
        problems.push(`runtime: hotspot on unknown screen ${hotspot.screen}`);
    }
    for (const log of runtime.logs) {
      if (!screens.has(log.screen)) problems.push(`runtime: log on unknown screen ${log.screen}`);
    }
  }
  return problems;
}
