import type { ScreenSpec } from '../../../world/model.js';
import { joinWords } from './naming.js';

/**
 * A URL path for every screen, nested along `parent` (`/`, `/settings`,
 * `/settings/privacy`), unique within the app.
 */
export function screenPaths(screens: readonly ScreenSpec[], home: string): Record<string, string> {
  const byId = new Map(screens.map((screen) => [screen.id, screen]));
  const paths: Record<string, string> = {};
  const taken = new Set<string>();
  const pathOf = (id: string, seen: ReadonlySet<string>): string => {
    const known = paths[id];
    if (known !== undefined) return known;
    const screen = byId.get(id);
    if (!screen || id === home) return '/';
    const parent =
      screen.parent && !seen.has(screen.parent)
        ? pathOf(screen.parent, new Set([...seen, id]))
        : '/';
    const base = `${parent === '/' ? '' : parent}/${joinWords(screen.title, '-') || 'page'}`;
    let path = base;
    for (let n = 2; taken.has(path); n += 1) path = `${base}-${n}`;
    taken.add(path);
    paths[id] = path;
    return path;
  };
  paths[home] = '/';
  taken.add('/');
  for (const screen of screens) pathOf(screen.id, new Set());
  return paths;
}
