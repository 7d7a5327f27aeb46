import type { ScreenSpec } from '../../../world/model.js';
import { dictionary } from './dictionary.js';
import { joinWords } from './naming.js';

/**
 * A URL path for every screen, nested along `parent` (`/`, `/settings`,
 * `/settings/privacy`), unique within the app.
 */
export function screenPaths(screens: readonly ScreenSpec[], home: string): Record<string, string> {
  const byId = new Map<string, ScreenSpec>();
  for (const screen of screens) byId.set(screen.id, screen);
  const paths = dictionary<string>();
  const taken = new Set<string>();
  // The screens whose paths are being worked out (the recursion stack), so a parent cycle ends at '/'.
  const open = new Set<string>();
  const pathOf = (id: string): string => {
    const known = paths[id];
    if (known !== undefined) return known;
    const screen = byId.get(id);
    if (!screen || id === home) return '/';
    let parent = '/';
    if (screen.parent && !open.has(screen.parent)) {
      open.add(id);
      parent = pathOf(screen.parent);
      open.delete(id);
    }
    const base = `${parent === '/' ? '' : parent}/${joinWords(screen.title, '-') || 'page'}`;
    let path = base;
    for (let n = 2; taken.has(path); n += 1) path = `${base}-${n}`;
    taken.add(path);
    paths[id] = path;
    return path;
  };
  paths[home] = '/';
  taken.add('/');
  for (const screen of screens) pathOf(screen.id);
  return paths;
}
