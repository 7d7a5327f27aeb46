/** cookies-storage: set a cookie or a web storage entry of the web app to a value. */
import type { TaskFamily } from './family.js';

const values = ['dark', 'light', 'de-DE', 'en-GB', 'beta', 'off', 'all', 'essential', '42', 'v2'];

/**
 * Write one value: a cookie of the app's domain (HttpOnly ones included,
 * which page scripts cannot touch) or a localStorage key of its origin. The value always differs from the current one.
 */
export const cookiesStorage: TaskFamily = {
  id: 'cookies-storage',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['chromium-cookies', 'chromium-storage', 'open-url'],
  platforms: ['chromium'],
  kinds: ['web'],
  supports: (app) => app.web !== undefined && app.web.cookies.length > 0,
  sample(rng, { app, device }) {
    const web = app.web;
    if (!web) return undefined;
    const domain = web.origin.replace(/^https?:\/\//, '');
    // Only localStorage: the params carry no store name, and "a key" means localStorage to most users.
    const keys = Object.keys(web.localStorage);
    if (keys.length === 0 || rng.chance(0.5)) {
      const cookie = rng.pick(web.cookies);
      const value = rng.pick(values.filter((v) => v !== cookie.value));
      return {
        goal: `On ${web.origin}, set the ${cookie.name} cookie to ${value}.`,
        params: { cookie: cookie.name, value },
        privileged: { kind: 'cookie', domain, origin: web.origin, httpOnly: cookie.httpOnly },
        difficulty: 'easy',
        check: (world) =>
          world.state.devices[device]?.cookies.some(
            (c) => c.name === cookie.name && c.domain === domain && c.value === value,
          ) === true,
      };
    }
    const key = rng.pick(keys);
    const value = rng.pick(values.filter((v) => v !== web.localStorage[key]));
    return {
      goal: `On ${web.origin}, set "${key}" in localStorage to ${value}.`,
      params: { key, value },
      privileged: { kind: 'storage', store: 'local', origin: web.origin },
      difficulty: 'easy',
      check: (world) => world.state.devices[device]?.storage.local[web.origin]?.[key] === value,
    };
  },
};
