/** profiler-sessions: list saved profiling sessions, load an earlier React one and query it. */
import type { TaskFamily } from './family.js';

/**
 * Reopen an earlier React profiling session: list, load, query its CPU data.
 * With `session` the user names it; without, they mean the most recent one.
 * Sampling saves a session from "yesterday" when the world has none, since
 * the task is about going back to one; it usually covers a hotspot's screen.
 */
export const profilerSessions: TaskFamily = {
  id: 'profiler-sessions',
  // UI-free and short (2–4 calls): drawn half as often as the others.
  weight: 0.5,
  tools: ['profiler-load', 'react-profiler-status', 'profiler-cpu-query', 'debugger-connect'],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => app.runtime !== undefined,
  sample(rng, { app, world }) {
    const runtime = app.runtime;
    if (!runtime) return undefined;
    const sessions = world.state.sessions;
    if (!sessions.some((s) => s.kind === 'react' && s.app === app.id)) {
      // Yesterday's recording went from the home screen to a screen with a
      // hotspot, most of the time: a home-only session (hotspots are never on
      // home) made every CPU query of this family return no rows, so its
      // episodes taught "show me the top functions" without a function. A
      // few stay home-only, to keep the honest empty answer in the data.
      const hot = [...new Set(runtime.hotspots.map((h) => h.screen))];
      const visited = hot.length > 0 && rng.chance(0.85) ? [rng.pick(hot)] : [];
      sessions.push({
        id: `react-prev-${sessions.length + 1}`,
        kind: 'react',
        app: app.id,
        createdMs: -86_400_000,
        screens: [app.home, ...visited],
      });
    }
    const react = sessions
      .filter((s) => s.kind === 'react' && s.app === app.id)
      .sort((a, b) => b.createdMs - a.createdMs);
    const named = rng.chance(0.5);
    const session = named ? rng.pick(react) : react[0];
    if (!session) return undefined;
    const id = session.id;
    return {
      goal: named
        ? `Load the saved React profiling session ${id} of ${app.name} and show me its top CPU functions.`
        : `Load the most recent saved React profiling session of ${app.name} and show me its top CPU functions.`,
      params: named ? { session: id } : {},
      privileged: { sessionId: id, port: runtime.metroPort },
      difficulty: 'medium',
      check: (w) =>
        w.state.seen['sessions-listed'] === true &&
        w.state.seen[`session-loaded:${id}`] === true &&
        w.state.loaded.react === id &&
        w.state.seen[`react-queried:${id}`] === true,
    };
  },
};
