/**
 * What the expert knows at a point of an episode, derived only from the
 * calls made so far and the observations they returned.
 */
import type { DeviceList } from '@forge/gym';
import type { Seen } from './seen.js';

/** A tap the history made, and what it aimed at. */
export interface TapRecord {
  /** Id of the element under the point in the discovery that was current, if any. */
  readonly id: string | undefined;
  readonly label: string;
  /** The discovery the point was read from (undefined when none was current). */
  readonly from: Seen | undefined;
  /** Index of the history step that made the tap. */
  readonly step: number;
}

/** The expert's reading of a history. */
export interface ExpertState {
  /** Steps read so far. */
  readonly steps: number;
  /** Calls made so far (a step may hold several). */
  readonly calls: number;
  /** The last successful list-devices. */
  readonly devices: DeviceList | undefined;
  /** A device a boot-device call reported booted. */
  readonly bootedUdid: string | undefined;
  readonly bootFailures: number;
  /** A tool said the device is not booted (since the last successful boot). */
  readonly notBooted: boolean;
  /** Successful launch-app / restart-app / open-url calls. */
  readonly launches: number;
  /** An error said the app is not running (it crashed) since the last launch. */
  readonly crashed: boolean;
  /** The most recent successful discovery. */
  readonly seen: Seen | undefined;
  readonly seenStep: number;
  /** No call that can change the screen happened after `seen`. */
  readonly fresh: boolean;
  /** Discovery calls that failed in a row, and the last one's error. */
  readonly discoveryFailures: number;
  readonly discoveryError: string | undefined;
  readonly debuggerConnected: boolean;
  /** The connection dropped and has not been re-established. */
  readonly debuggerDropped: boolean;
  /** debugger-status was called after the drop. */
  readonly debuggerChecked: boolean;
  /** The JS runtime could not be reached: discovery falls back to describe. */
  readonly describeOnly: boolean;
  /** The latest tap. */
  readonly lastTap: TapRecord | undefined;
  /** Taps aimed at each element id. */
  readonly tapsOn: Readonly<Record<string, number>>;
  /** Element ids whose tap was followed by a discovery showing a change. */
  readonly landed: Readonly<Record<string, true>>;
  /** Ids whose last tap was judged a miss (nothing changed, or content moved under it). */
  readonly missed: Readonly<Record<string, true>>;
  /** The latest tap opened the screen of the element above its target: go back. */
  readonly wrongTurn: boolean;
  /** Scroll gestures since the screen last changed otherwise. */
  readonly scrollsHere: number;
  /** Back gestures or presses made to leave an unknown screen. */
  readonly backs: number;
  /** Relaunches made to start navigation over. */
  readonly restarts: number;
  /** Enter or Return keys pressed (a web form submits on Enter). */
  readonly keySubmits: number;
  /** The last url opened successfully. */
  readonly openedUrl: string | undefined;
  /** Devices were released. */
  readonly released: boolean;
  readonly lastError: { readonly tool: string; readonly text: string } | undefined;
  /** JSON outputs of successful host tools, by tool name (`stop-simulator-server:<udid>` per device). */
  readonly outputs: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The name of the most recent call. */
  readonly lastTool: string | undefined;
}

/** The state before any call. */
export const initialState: ExpertState = {
  steps: 0,
  calls: 0,
  devices: undefined,
  bootedUdid: undefined,
  bootFailures: 0,
  notBooted: false,
  launches: 0,
  crashed: false,
  seen: undefined,
  seenStep: -1,
  fresh: false,
  discoveryFailures: 0,
  discoveryError: undefined,
  debuggerConnected: false,
  debuggerDropped: false,
  debuggerChecked: false,
  describeOnly: false,
  lastTap: undefined,
  tapsOn: {},
  landed: {},
  missed: {},
  wrongTurn: false,
  scrollsHere: 0,
  backs: 0,
  restarts: 0,
  keySubmits: 0,
  openedUrl: undefined,
  released: false,
  lastError: undefined,
  lastTool: undefined,
  outputs: {},
};

/** A state being folded: the same fields, writable. */
export type DraftState = { -readonly [K in keyof ExpertState]: ExpertState[K] };

/**
 * A writable copy of a state, to fold one step into. The fields are listed
 * rather than spread: V8 copies `{ ...state }` of this 31-field object on
 * its generic path, and the listed copy made folding a history a third
 * cheaper (about 5 us a step before). The return type makes the compiler
 * reject a copy that leaves out a field added to ExpertState.
 */
export function copyState(s: ExpertState): DraftState {
  return {
    steps: s.steps,
    calls: s.calls,
    devices: s.devices,
    bootedUdid: s.bootedUdid,
    bootFailures: s.bootFailures,
    notBooted: s.notBooted,
    launches: s.launches,
    crashed: s.crashed,
    seen: s.seen,
    seenStep: s.seenStep,
    fresh: s.fresh,
    discoveryFailures: s.discoveryFailures,
    discoveryError: s.discoveryError,
    debuggerConnected: s.debuggerConnected,
    debuggerDropped: s.debuggerDropped,
    debuggerChecked: s.debuggerChecked,
    describeOnly: s.describeOnly,
    lastTap: s.lastTap,
    tapsOn: s.tapsOn,
    landed: s.landed,
    missed: s.missed,
    wrongTurn: s.wrongTurn,
    scrollsHere: s.scrollsHere,
    backs: s.backs,
    restarts: s.restarts,
    keySubmits: s.keySubmits,
    openedUrl: s.openedUrl,
    released: s.released,
    lastError: s.lastError,
    lastTool: s.lastTool,
    outputs: s.outputs,
  };
}
