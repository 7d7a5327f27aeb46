/**
 * Which calls can change what the screen shows. A discovery stays valid
 * until one of these runs; every other tool only reads.
 */

/** Tools that never change the screen (reads, host and debugger queries). */
const readOnly = new Set([
  'list-devices',
  'describe',
  'debugger-component-tree',
  'native-describe-screen',
  'screenshot',
  'screenshot-diff',
  'debugger-connect',
  'debugger-status',
  'debugger-evaluate',
  'debugger-inspect-element',
  'debugger-log-registry',
  'view-network-logs',
  'view-network-request-details',
  'native-devtools-status',
  'native-network-logs',
  'native-find-views',
  'native-full-hierarchy',
  'native-view-at-point',
  'native-user-interactable-view-at-point',
  'react-profiler-status',
  'react-profiler-component-source',
  'react-profiler-cpu-summary',
  'react-profiler-renders',
  'react-profiler-fiber-tree',
  'react-profiler-analyze',
  'native-profiler-analyze',
  'profiler-cpu-query',
  'profiler-commit-query',
  'profiler-stack-query',
  'profiler-combined-report',
  'gather-workspace-data',
  'stop-simulator-server',
  'stop-all-simulator-servers',
  'stop-metro',
  'flow-read-prerequisite',
  'update-argent',
  'dismiss-update',
  'chromium-cookies',
  'chromium-storage',
]);

/**
 * True when the call may have changed the screen. Typing text without a key
 * only fills the focused field, so the element frames read before it still
 * hold; a key (Return, Tab, Escape) can close the keyboard or submit.
 */
export function changesScreen(name: string, args: Readonly<Record<string, unknown>>): boolean {
  if (readOnly.has(name)) return false;
  if (name === 'keyboard') return args.key !== undefined;
  if (name === 'chromium-tabs') return args.action !== 'list';
  return true;
}
