import type { CallRule } from '../call-rule.js';
import { type Finding, finding } from '../internal/violation.js';

type Kind = 'React' | 'native';

interface ProfilingState {
  /** Profilers started in the episode (a start succeeded). */
  readonly started: Set<Kind>;
  /** Profilers started and not stopped since. */
  readonly running: Set<Kind>;
}

const starts: Readonly<Record<string, Kind>> = {
  'react-profiler-start': 'React',
  'native-profiler-start': 'native',
};
const stops: Readonly<Record<string, Kind>> = {
  'react-profiler-stop': 'React',
  'native-profiler-stop': 'native',
};

/**
 * Profiling starts React and native profiling together and stops both: an
 * episode that started one profiler also starts the other, and stops every
 * profiler it started. Judged at the end of the episode (whole records
 * only). Codes: `policy.profiling-unpaired`, `policy.profiling-not-stopped`.
 */
export const profilingRule: CallRule<ProfilingState> = {
  gate: 'policy',
  start: () => ({ started: new Set(), running: new Set() }),
  check: () => [],
  observe(state, call, outcome) {
    if (!outcome || outcome.isError) return;
    const started = starts[call.name];
    if (started) {
      state.started.add(started);
      state.running.add(started);
    }
    const stopped = stops[call.name];
    if (stopped) state.running.delete(stopped);
  },
  finish(state) {
    const out: Finding[] = [];
    if (state.started.size === 1) {
      const [only] = [...state.started];
      const other = only === 'React' ? 'native' : 'React';
      out.push(
        finding(
          'policy.profiling-unpaired',
          `the episode profiles ${only} code only; start ${other} profiling together with it`,
        ),
      );
    }
    for (const kind of state.running) {
      out.push(
        finding(
          'policy.profiling-not-stopped',
          `the ${kind} profiler is still running at the end; stop it, then analyze`,
        ),
      );
    }
    return out;
  },
};
