import type { CallRule } from '../call-rule.js';
import { deviceOf } from '../internal/discovery.js';
import { devicesOf } from '../internal/steps.js';
import { finding } from '../internal/violation.js';

interface SessionState {
  /** Devices whose control server a call started and nothing released since. */
  readonly held: Set<string>;
}

/** Words a user means Metro by: its name, or what it is to them (the packager, bundler, dev server). */
export const asksForMetro = /\b(metro|packager|bundler|dev server)\b/i;

/**
 * The session's end: every device the episode drove is released
 * (stop-all-simulator-servers, or stop-simulator-server for it) after its
 * last use; and stop-metro runs only when the user's request mentions
 * Metro (by name or as the packager, bundler or dev server), since the
 * toolkit says to ask first. Codes: `policy.no-release`,
 * `policy.stop-metro-unasked`.
 */
export const sessionRule: CallRule<SessionState> = {
  gate: 'policy',
  start: () => ({ held: new Set() }),
  check(_state, call, context) {
    if (call.name === 'stop-metro' && !asksForMetro.test(context.request)) {
      return [
        finding(
          'policy.stop-metro-unasked',
          'stop-metro without the user asking for it; ask before stopping Metro',
        ),
      ];
    }
    return [];
  },
  observe(state, call, outcome) {
    const ok = outcome !== undefined && !outcome.isError;
    const device = deviceOf(call);
    if (call.name === 'stop-all-simulator-servers') {
      if (ok) state.held.clear();
    } else if (call.name === 'stop-simulator-server') {
      if (ok && device !== undefined) state.held.delete(device);
    } else {
      for (const d of devicesOf(call)) state.held.add(d);
    }
  },
  finish(state) {
    if (state.held.size === 0) return [];
    return [
      finding(
        'policy.no-release',
        `the episode ends without releasing ${[...state.held].join(', ')}; finish with stop-all-simulator-servers`,
      ),
    ];
  },
};
