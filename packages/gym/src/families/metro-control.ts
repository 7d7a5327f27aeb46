/** metro-control: reload the JS bundle through Metro, and stop Metro only when asked. */
import type { TaskFamily } from './family.js';

/** Reload the bundle; with `stop`, stop Metro afterwards (the toolkit asks before stopping it). */
export const metroControl: TaskFamily = {
  id: 'metro-control',
  tools: ['debugger-reload-metro', 'stop-metro'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => app.runtime !== undefined,
  sample(rng, { app }) {
    const runtime = app.runtime;
    if (!runtime) return undefined;
    const port = String(runtime.metroPort);
    const stop = rng.chance(0.4);
    return {
      goal: stop
        ? `Reload the JS bundle of ${app.name}, then stop Metro.`
        : `Reload the JS bundle of ${app.name} and keep Metro running.`,
      params: { stop },
      privileged: { port: runtime.metroPort },
      difficulty: 'easy',
      check: (world) => {
        const metro = world.state.metro[port];
        return metro !== undefined && metro.reloads >= 1 && metro.running === !stop;
      },
    };
  },
};
