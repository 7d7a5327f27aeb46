/** deep-link: open a screen through its URL. */
import { indexApp } from '../world/app-index.js';
import type { TaskFamily } from './family.js';
import { shownRuntime } from './helpers.js';

/** Open a deep link and land on its screen. */
export const deepLink: TaskFamily = {
  id: 'deep-link',
  tools: ['open-url', 'describe'],
  platforms: ['ios', 'android', 'chromium'],
  kinds: ['native', 'react-native', 'web'],
  supports: (app) =>
    Object.values(app.deepLinks).some((s) => s !== app.home && indexApp(app).screens.has(s)),
  sample(rng, { app, device }) {
    const links = Object.entries(app.deepLinks).filter(
      ([, s]) => s !== app.home && indexApp(app).screens.has(s),
    );
    if (links.length === 0) return undefined;
    const [url, screenId] = rng.pick(links);
    const title = indexApp(app).screens.get(screenId)?.title ?? screenId;
    return {
      goal: `Open ${url} in ${app.name} and confirm the ${title} screen shows.`,
      params: { url, screen: title },
      privileged: { screenId },
      difficulty: 'easy',
      check: (world) => {
        const rt = shownRuntime(world, device, app.id);
        return (
          rt !== undefined && rt.screen === screenId && rt.dialog === null && rt.modal === null
        );
      },
    };
  },
};
