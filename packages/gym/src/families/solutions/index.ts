/**
 * TEST HELPER: one scripted solution per family added after the first five,
 * the blueprint for the expert's strategies. `solveFamily` plays the whole
 * episode (and releases the devices at the end, as the toolkit asks);
 * `short: true` plays the plausible wrong sequence that stops one step early.
 */
import type { ToolResult } from '@forge/spec';
import type { GymEnv } from '../../env.js';
import { type Agent, createAgent } from './agent.js';
import * as host from './host-solutions.js';
import * as native from './native-solutions.js';
import * as runtime from './runtime-solutions.js';
import * as screen from './screen-solutions.js';

/** A family's scripted play. */
export type Solution = (agent: Agent, short: boolean) => void;

/** Solutions by family id. */
export const solutions: Readonly<Record<string, Solution>> = {
  'profile-drilldown': screen.profileDrilldown,
  'batch-sequence': screen.batchSequence,
  'visual-regression': screen.visualRegression,
  'flow-record': screen.flowRecord,
  'network-inspect': runtime.networkInspect,
  'android-boot': screen.androidBoot,
  'debug-inspect': runtime.debugInspect,
  'console-check': runtime.consoleCheck,
  'pinch-zoom': screen.pinchZoom,
  'native-inspect': native.nativeInspect,
  'chromium-tabs': host.chromiumTabs,
  'hide-and-seek': screen.hideAndSeek,
  'cookies-storage': host.cookiesStorage,
  'drag-gesture': screen.dragGesture,
  'rotate-gesture': screen.rotateGesture,
  'reinstall-reset': screen.reinstallReset,
  'native-deep-inspect': native.nativeDeepInspect,
  'profile-performance': runtime.profilePerformance,
  'profiler-sessions': runtime.profilerSessions,
  'metro-control': runtime.metroControl,
  'workspace-data': runtime.workspaceData,
  'device-release': host.deviceRelease,
  'update-notice': host.updateNotice,
};

/** Plays the env's current task with its family's solution; undefined when there is none. */
export function solveFamily(
  env: GymEnv,
  options: { short?: boolean } = {},
): ToolResult[] | undefined {
  const solution = solutions[env.task.family];
  if (!solution) return undefined;
  const agent = createAgent(env);
  const short = options.short === true;
  solution(agent, short);
  if (!short) agent.call('stop-all-simulator-servers');
  return agent.results;
}
