/** batch-sequence: swipe through an onboarding carousel in one run-sequence and finish it. */
import { indexApp, pathTo } from '../world/app-index.js';
import type { AppSpec } from '../world/model.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, runtimesOf } from './helpers.js';

/** The carousel, when its first page is reachable and its last page has the finishing button. */
function carousel(app: AppSpec) {
  const onboarding = app.onboarding;
  const first = onboarding?.screens[0];
  const lastId = onboarding?.screens.at(-1);
  if (!onboarding || first === undefined || lastId === undefined) return undefined;
  const path = pathTo(app, first);
  const last = indexApp(app).screens.get(lastId);
  const done = last?.elements.find(
    (e) => e.on?.kind === 'submit' && e.on.sets?.[onboarding.completeKey] === true,
  );
  if (!path || !done || onboarding.screens.length < 2) return undefined;
  return { onboarding, path, doneId: done.id, lastId };
}

/**
 * Page through onboarding. The swipes need no observation between them, so
 * they belong in one run-sequence; only the final button needs a describe.
 * `text?` of docs/families.md is never sampled: no archetype pairs a carousel
 * with a form typed inside it.
 */
export const batchSequence: TaskFamily = {
  id: 'batch-sequence',
  tools: ['run-sequence', 'gesture-swipe', 'describe', 'gesture-tap'],
  platforms: ['ios', 'android'],
  kinds: ['native', 'react-native'],
  warmStart: true,
  supports: (app) => app.kind !== 'web' && carousel(app) !== undefined,
  sample(_rng, { app }) {
    const c = carousel(app);
    if (!c) return undefined;
    const pages = c.onboarding.screens.length;
    const key = c.onboarding.completeKey;
    return {
      goal: `In ${app.name}, swipe through the ${pages}-page onboarding tour in one batch and finish it.`,
      params: { pages },
      privileged: {
        path: c.path,
        pageIds: [...c.onboarding.screens],
        lastPageId: c.lastId,
        doneId: c.doneId,
        completeKey: key,
        swipes: pages - 1,
      },
      difficulty: difficultyOf(c.path.length, 1),
      check: (world) => runtimesOf(world, app.id).some((rt) => rt.values[key] === true),
    };
  },
};
