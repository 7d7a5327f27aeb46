/** chromium-tabs: have a page of the web app open and selected in a Chromium tab. */
import { openInTab } from '../world/navigation.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, screensByDepth } from './helpers.js';

/**
 * Open a url in its own tab and select it. Half the time the page is already
 * open in a background tab (sampling opens it), so listing the tabs and
 * selecting the right one beats opening a duplicate.
 */
export const chromiumTabs: TaskFamily = {
  id: 'chromium-tabs',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['chromium-tabs'],
  platforms: ['chromium'],
  kinds: ['web'],
  supports: (app) => app.web !== undefined && app.platform === 'chromium',
  sample(rng, { app, world, device }) {
    const web = app.web;
    const d = world.state.devices[device];
    if (!web || !d) return undefined;
    const { screen, depth } = rng.pick(screensByDepth(app));
    const url = `${web.origin}${web.paths[screen.id] ?? '/'}`;
    const tab = `${screen.title} – ${app.name}`;
    const open = rng.chance(0.5);
    if (open) {
      const background = { id: d.nextTabId++, url: 'about:blank', title: 'New Tab', rt: null };
      d.tabs.push(background);
      openInTab(world, d, background, url);
    }
    return {
      goal: `In Chromium, have ${url} open in a tab and switch to it.`,
      params: { url, tab },
      privileged: { screenId: screen.id, alreadyOpen: open },
      difficulty: difficultyOf(depth > 0 ? 1 : 0),
      check: (w) => {
        const now = w.state.devices[device];
        return now?.tabs[now.activeTab]?.url === url;
      },
    };
  },
};
