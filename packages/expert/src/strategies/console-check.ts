/** console-check: visit the screen, then read the console log registry for its warning or error. */
import { parseLogRegistry } from '@forge/gym';
import type { ExpertView } from '../core/view.js';
import { privilegedList, privilegedString } from '../core/view.js';
import { lastOk, recoverDebugger, runtimeGoal } from './runtime-calls.js';
import { pathGoals } from './screen-path.js';
import type { Strategy } from './strategy.js';

/**
 * The registry line of the asked level logged by the visited screen. The
 * screen id is teacher knowledge of WHICH screen was meant; the message
 * itself is read from the observation.
 */
function logged(view: ExpertView): { level: string; message: string } | undefined {
  const read = lastOk(view, 'debugger-log-registry');
  if (!read) return undefined;
  const level = String(view.task.params.level ?? '');
  const screen = privilegedString(view, 'screenId');
  const parsed = parseLogRegistry(read.result.text);
  if (!parsed.success) return undefined;
  const hit = parsed.value.entries.find((e) => e.level === level && e.screen === screen);
  if (hit) return { level, message: hit.message };
  return undefined;
}

/**
 * Reach the screen first (its logs appear only once it has been shown),
 * then connect and read the registry once.
 */
export const consoleCheckStrategy: Strategy = {
  family: 'console-check',
  followUp: recoverDebugger,
  goals: [
    ...pathGoals(
      (view) => privilegedList(view, 'path'),
      (view) => String(view.task.params.screen ?? ''),
    ),
    runtimeGoal('debugger-log-registry', () => ({}), 'read-logs'),
  ],
  facts(view) {
    const log = logged(view);
    return log ? { level: log.level, message: log.message } : {};
  },
};
