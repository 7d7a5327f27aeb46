/** workspace-data: gather the project's workspace snapshot and name the project. */
import { hostGoal } from './host-goal.js';
import type { Strategy } from './strategy.js';

/** One gather-workspace-data call on the path the user gave. */
export const workspaceDataStrategy: Strategy = {
  family: 'workspace-data',
  needsDevice: false,
  usesApp: false,
  goals: [
    hostGoal(
      'gather-workspace-data',
      (view) => ({ workspacePath: String(view.task.params.workspace ?? '') }),
      'gather-workspace',
    ),
  ],
  facts(view) {
    const out = view.state.outputs['gather-workspace-data'];
    return typeof out?.project === 'string' && typeof out.packageName === 'string'
      ? { project: out.project, packageName: out.packageName }
      : {};
  },
};
