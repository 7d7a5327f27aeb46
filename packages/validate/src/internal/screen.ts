import { platformOfUdid } from '@forge/spec';
import {
  type Discovery,
  discoveryTools,
  parseDiscovery,
  type Target,
  targetAt,
} from './discovery.js';
import { isTextInputRole, isToggleRole } from './roles.js';
import { type Step, touchPoint } from './steps.js';

/** What the record tells about one device's screen at a point of the episode. */
export interface ScreenState {
  /** The latest successful discovery on this device. */
  readonly discovery: Discovery | undefined;
  /** The call that may have changed the screen since that discovery. */
  readonly staleBy: string | undefined;
  /** A text field was tapped and nothing has moved focus away since. */
  readonly focused: boolean;
}

/** A device nothing is known about yet. */
export const unknownScreen: ScreenState = {
  discovery: undefined,
  staleBy: undefined,
  focused: false,
};

/**
 * Tools that leave the screen as it is: discovery, inspection, logs,
 * profiling, storage and host tools. Every other tool (and any tool this
 * list does not know) is taken to change what the screen shows, which is
 * the conservative reading for grounding.
 */
const screenKeeping: ReadonlySet<string> = new Set([
  'list-devices',
  'screenshot',
  'screenshot-diff',
  'describe',
  'debugger-connect',
  'debugger-status',
  'debugger-component-tree',
  'debugger-inspect-element',
  'debugger-log-registry',
  'view-network-logs',
  'view-network-request-details',
  'native-devtools-status',
  'native-network-logs',
  'native-find-views',
  'native-full-hierarchy',
  'native-describe-screen',
  'native-view-at-point',
  'native-user-interactable-view-at-point',
  'react-profiler-start',
  'react-profiler-stop',
  'react-profiler-status',
  'react-profiler-analyze',
  'react-profiler-component-source',
  'react-profiler-cpu-summary',
  'react-profiler-renders',
  'react-profiler-fiber-tree',
  'native-profiler-start',
  'native-profiler-stop',
  'native-profiler-analyze',
  'profiler-cpu-query',
  'profiler-commit-query',
  'profiler-stack-query',
  'profiler-combined-report',
  'profiler-load',
  'gather-workspace-data',
  'chromium-cookies',
  'chromium-storage',
  'stop-metro',
  'flow-start-recording',
  'flow-add-echo',
  'flow-finish-recording',
  'flow-read-prerequisite',
  'update-argent',
  'dismiss-update',
]);

/** Keys that end typing: they close the keyboard, and on Chromium submit the form. */
const closingKeys: ReadonlySet<string> = new Set(['Return', 'Enter', 'Escape']);

/** The discovery, when it is still valid for the current screen. */
export function freshDiscovery(screen: ScreenState): Discovery | undefined {
  return screen.staleBy === undefined ? screen.discovery : undefined;
}

/** The target a touch lands on according to a fresh discovery. */
export function touchedTarget(screen: ScreenState, step: Step): Target | undefined {
  const point = touchPoint(step);
  const discovery = freshDiscovery(screen);
  if (!point || !discovery) return undefined;
  return targetAt(discovery.targets, point.x, point.y);
}

/**
 * The screen after one step. A touch invalidates the discovery (it may have
 * navigated, opened a modal or raised the keyboard), except on a toggle,
 * which only flips itself, and on a Chromium text box, which has no
 * on-screen keyboard. Typing text changes a value, never the layout; a
 * closing key (Return, Enter, Escape) does change it.
 */
export function afterStep(screen: ScreenState, step: Step): ScreenState {
  if (touchPoint(step) && step.name !== 'debugger-inspect-element') {
    const hit = touchedTarget(screen, step);
    const textInput = hit !== undefined && isTextInputRole(hit.role);
    const chromium = step.device !== undefined && platformOfUdid(step.device) === 'chromium';
    const keeps = hit !== undefined && (isToggleRole(hit.role) || (textInput && chromium));
    return {
      discovery: screen.discovery,
      staleBy: keeps ? screen.staleBy : (screen.staleBy ?? step.name),
      focused: textInput,
    };
  }
  if (step.name === 'keyboard') {
    const key = step.args.key;
    if (typeof key === 'string' && closingKeys.has(key)) {
      return { ...screen, staleBy: screen.staleBy ?? `keyboard ${key}`, focused: false };
    }
    return screen;
  }
  if (screenKeeping.has(step.name)) return screen;
  return { ...screen, staleBy: screen.staleBy ?? step.name, focused: false };
}

/** Screens of every device an episode touched. */
export class ScreenTracker {
  private readonly screens = new Map<string, ScreenState>();

  /** The state of a device's screen. */
  get(device: string | undefined): ScreenState {
    return (device === undefined ? undefined : this.screens.get(device)) ?? unknownScreen;
  }

  /** Folds a top-level call (run-sequence unpacked) and its outcome into the state. */
  observe(steps: readonly Step[], outcome: { text: string; isError: boolean } | undefined): void {
    for (const step of steps) {
      if (step.device === undefined) {
        // A call without a device (flows, unknown tools) may act on any screen.
        if (!screenKeeping.has(step.name)) {
          for (const [id, s] of this.screens) this.screens.set(id, afterStep(s, step));
        }
        continue;
      }
      const before = this.get(step.device);
      if (!step.inSequence && discoveryTools.has(step.name)) {
        const discovery =
          outcome && !outcome.isError ? parseDiscovery(step.name, outcome.text) : undefined;
        // A failed or unreadable discovery tells nothing new; the old one stands.
        if (discovery) this.screens.set(step.device, { ...before, discovery, staleBy: undefined });
        continue;
      }
      this.screens.set(step.device, afterStep(before, step));
    }
  }
}
