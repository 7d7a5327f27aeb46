/**
 * Everything a plan needs to decide one move: the task, the state read from
 * the history, the episode's choices and the device in use.
 */
import type { HistoryStep, Platform, PolicyContext, Task } from '@forge/spec';
import { type Choices, choicesFor } from './choices.js';
import { chooseDevice, type DeviceChoice } from './device.js';
import { readHistory } from './read-history.js';
import type { ExpertState } from './state.js';

/** One decision's inputs. */
export interface ExpertView {
  readonly task: Task;
  readonly platform: Platform;
  readonly state: ExpertState;
  readonly choices: Choices;
  /** Goal data the task exposes to a teacher. */
  readonly privileged: Readonly<Record<string, unknown>>;
  /** The app's bundle id, package or web host. */
  readonly appId: string;
  readonly device: DeviceChoice;
  /** The device every device call goes to (empty until the device list is known). */
  readonly udid: string;
  /** React Native, when the task says so (teacher knowledge about the project). */
  readonly reactNative: boolean;
  /** The Metro port of a React Native app. */
  readonly metroPort: number;
  /**
   * The raw history the state was read from, for plans that read a tool's
   * own output (a screenshot path, a tab list, a flow's replies).
   */
  readonly history: readonly HistoryStep[];
}

/** A privileged string, or undefined. */
export function privilegedString(view: ExpertView, key: string): string | undefined {
  const v = view.privileged[key];
  return typeof v === 'string' ? v : undefined;
}

/** A privileged list of strings (an empty list when absent). */
export function privilegedList(view: ExpertView, key: string): readonly string[] {
  const v = view.privileged[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Builds the view of a context. */
export function viewOf(context: PolicyContext): ExpertView {
  const { task } = context;
  const state = readHistory(task, context.history);
  const privileged = task.privileged;
  const device = chooseDevice(task, state);
  const kind = privileged.appKind ?? privileged.kind;
  const port = privileged.metroPort;
  return {
    task,
    platform: task.platform,
    state,
    choices: choicesFor(context.seed),
    privileged,
    appId: typeof privileged.appId === 'string' ? privileged.appId : task.app,
    device,
    udid: device.udid ?? '',
    reactNative: kind === 'react-native',
    metroPort: typeof port === 'number' ? port : 8081,
    history: context.history,
  };
}
