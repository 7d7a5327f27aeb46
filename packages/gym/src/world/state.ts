/**
 * The mutable world: everything a tool call can change. It holds plain data
 * only (no references to the static `AppSpec`s, which live in `World.apps`),
 * so a snapshot is one structural copy of this object.
 */
import type { Platform } from '@forge/spec';
import type { AppSpec } from './model.js';

/** Device orientation names as the `rotate` tool takes them. */
export type Orientation = 'Portrait' | 'LandscapeLeft' | 'LandscapeRight' | 'PortraitUpsideDown';

/** A value an app keeps in its state (switches, fields, flags). */
export type StateValue = string | boolean;

/** A request the app made, as the network log shows it. */
export interface NetworkEntry {
  readonly requestId: string;
  readonly atMs: number;
}

/** A system permission prompt waiting for an answer. */
export interface PendingDialog {
  readonly permission: string;
}

/** The live state of one app on one device (or one web app in one tab). */
export interface AppRuntime {
  app: string;
  running: boolean;
  launched: boolean;
  crashed: boolean;
  screen: string;
  /** Screens to return to with back, most recent last. */
  stack: string[];
  /** Scroll offset of the current screen, in screen units. */
  scroll: number;
  /** Extra offset of the current screen's content after an animation (element-moved). */
  shift: number;
  values: Record<string, StateValue>;
  focused: string | null;
  keyboard: boolean;
  /** Keyboard taller than usual, covering the form's submit button (keyboard-cover). */
  keyboardTall: boolean;
  modal: string | null;
  dialog: PendingDialog | null;
  /** The app's first-run prompt was answered (it shows on cold launches until then). */
  prompted: boolean;
  /** Permissions answered: permission → granted. */
  permissions: Record<string, boolean>;
  /** Transient message of a failed submit, shown until the next navigation. */
  toast: string | null;
  /** `screen/element` keys of elements the user activated. */
  activated: Record<string, true>;
  /** Screens shown at least once, with how many times. */
  visits: Record<string, number>;
  zoom: Record<string, number>;
  heading: Record<string, number>;
  network: NetworkEntry[];
  /** Indices of the app's console logs emitted so far. */
  logs: number[];
}

/** One Chromium tab. */
export interface TabState {
  id: number;
  url: string;
  title: string;
  /** The web app the url belongs to, with its live state. */
  rt: AppRuntime | null;
}

/** One cookie of a Chromium target. */
export interface CookieState {
  name: string;
  value: string;
  domain: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  expires: number;
}

/** A device: iOS simulator, Android emulator or AVD, or Chromium/Electron target. */
export interface DeviceState {
  /** The udid it answers to; an AVD's serial is assigned before it is booted. */
  udid: string;
  name: string;
  platform: Platform;
  osVersion: string;
  booted: boolean;
  /** Android virtual device name (shown as bootable while not booted). */
  avd: string | null;
  installed: string[];
  foreground: string | null;
  orientation: Orientation;
  /**
   * The user's display settings: text size (iOS Dynamic Type, Android font
   * size; 1 is the default) and display zoom (iOS Display Zoom, Android
   * display size; above 1 shows everything larger, so fewer points fit on
   * the screen). System dialogs lay out with them.
   */
  display: { textScale: number; zoom: number };
  apps: Record<string, AppRuntime>;
  serverActive: boolean;
  tabs: TabState[];
  activeTab: number;
  nextTabId: number;
  cookies: CookieState[];
  storage: {
    local: Record<string, Record<string, string>>;
    session: Record<string, Record<string, string>>;
  };
  screenshots: number;
}

/** One profiler's life cycle. */
export interface ProfilerState {
  status: 'idle' | 'recording' | 'stopped' | 'analyzed';
  device: string | null;
  startedMs: number;
  stoppedMs: number;
  /** Screens shown and elements tapped while recording. */
  screens: string[];
  session: string | null;
}

/** A saved profiling session on disk. */
export interface SavedSession {
  id: string;
  kind: 'react' | 'native';
  app: string;
  createdMs: number;
  screens: string[];
}

/** A recorded flow step: a tool call or an echo label. */
export type FlowStep =
  | { kind: 'tool'; command: string; args: string; delayMs: number }
  | { kind: 'echo'; message: string };

/** A flow file on disk. */
export interface FlowFile {
  name: string;
  root: string;
  path: string;
  prerequisite: string;
  steps: FlowStep[];
  executions: number;
  reads: number;
}

/** A screenshot on disk. */
export interface ShotState {
  path: string;
  device: string;
  /** What was on screen: equal signatures mean identical images. */
  signature: string;
  scale: number;
}

/** A visual diff on disk. */
export interface DiffState {
  baselinePath: string;
  currentPath: string;
  diffPath: string;
  changedPercent: number;
}

/** A scheduled failure and whether it fired. */
export interface InjectionState {
  kind: string;
  fired: boolean;
  firedAtStep: number;
}

/** All mutable state of an episode. */
export interface WorldState {
  clockMs: number;
  step: number;
  devices: DeviceState[];
  metro: Record<string, { running: boolean; app: string; reloads: number }>;
  debugger: { connected: boolean; device: string | null; port: number; connects: number };
  react: ProfilerState;
  native: ProfilerState;
  sessions: SavedSession[];
  loaded: { react: string | null; native: string | null };
  flows: Record<string, FlowFile>;
  recording: { name: string; root: string; prerequisite: string; steps: FlowStep[] } | null;
  shots: ShotState[];
  diffs: DiffState[];
  update: { current: string; available: string | null; applied: boolean; snoozedHours: number };
  injections: InjectionState[];
  /** Inspections, lookups and reads that task checks may ask about. */
  seen: Record<string, true>;
}

/** The world of an episode: shared static apps plus the mutable state. */
export interface World {
  readonly apps: Readonly<Record<string, AppSpec>>;
  state: WorldState;
}
