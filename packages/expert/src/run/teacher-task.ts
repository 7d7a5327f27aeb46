/**
 * Teacher facts about the task's app that a developer would know about
 * their own project (is it React Native, which Metro port) but the gym's
 * task does not carry yet. Read from the gym's world when the env exposes
 * it; never coordinates or screen content.
 */
import type { GymEnv } from '@forge/gym';
import type { Env, Task } from '@forge/spec';

function isGymEnv(env: Env): env is GymEnv {
  return 'world' in env;
}

/** The task with `appKind` and `metroPort` in its privileged data when they were missing. */
export function teacherTask(env: Env, task: Task): Task {
  const p = task.privileged;
  if (p.appKind !== undefined || !isGymEnv(env)) return task;
  const app = typeof p.appId === 'string' ? env.world.apps[p.appId] : undefined;
  if (!app) return task;
  const port = app.runtime?.metroPort;
  return {
    ...task,
    privileged: { ...p, appKind: app.kind, ...(port === undefined ? {} : { metroPort: port }) },
  };
}
