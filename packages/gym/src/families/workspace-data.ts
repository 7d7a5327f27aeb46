/** workspace-data: gather a React Native project's workspace snapshot. */
import type { TaskFamily } from './family.js';

/** Gather the workspace snapshot of a project path; the answer names the project. */
export const workspaceData: TaskFamily = {
  id: 'workspace-data',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['gather-workspace-data'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => app.runtime !== undefined,
  sample(_rng, { app }) {
    const workspace = app.runtime?.projectRoot;
    if (workspace === undefined) return undefined;
    return {
      goal: `Look at the project in ${workspace} and tell me which app it is.`,
      params: { workspace },
      privileged: { project: app.name, packageName: app.id },
      difficulty: 'easy',
      check: (world) => world.state.seen[`workspace:${workspace}`] === true,
    };
  },
};
