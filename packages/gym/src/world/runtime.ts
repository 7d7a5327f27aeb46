/**
 * Creating and reading app runtimes: the live state of an app on a device
 * or in a tab.
 */
import { copyDictionary, dictionary } from '../internal/dictionary.js';
import type { AppSpec, ElementSpec } from './model.js';
import type { AppRuntime, DeviceState, StateValue } from './state.js';

/** A fresh runtime for an app that was just installed (or reinstalled). */
export function createRuntime(app: AppSpec): AppRuntime {
  return {
    app: app.id,
    running: false,
    launched: false,
    crashed: false,
    screen: app.home,
    stack: [],
    scroll: 0,
    shift: 0,
    // Keyed by names made up per app: dictionaries (see internal/dictionary).
    values: copyDictionary(app.initialState),
    focused: null,
    keyboard: false,
    keyboardTall: false,
    modal: null,
    dialog: null,
    prompted: false,
    permissions: {},
    toast: null,
    activated: dictionary(),
    visits: dictionary(),
    zoom: {},
    heading: {},
    network: [],
    logs: [],
  };
}

/** The runtime of what the device shows: the foreground app, or the active tab's web app. */
export function activeRuntime(device: DeviceState): AppRuntime | null {
  if (device.platform === 'chromium') return device.tabs[device.activeTab]?.rt ?? null;
  if (device.foreground === null) return null;
  return device.apps[device.foreground] ?? null;
}

/** The state key an element reads and writes: its own, or its behaviour's. */
export function stateKeyOf(el: ElementSpec): string | undefined {
  if (el.stateKey !== undefined) return el.stateKey;
  const on = el.on;
  if (on && (on.kind === 'toggle' || on.kind === 'input' || on.kind === 'select')) return on.key;
  if (el.role === 'switch' || el.role === 'checkbox' || isTextInput(el)) return el.id;
  return undefined;
}

/** The element's current value: its state value, else its static value. */
export function elementValue(el: ElementSpec, rt: AppRuntime): StateValue | undefined {
  const key = stateKeyOf(el);
  if (key !== undefined) {
    const v = rt.values[key];
    if (v !== undefined) return v;
  }
  return el.value;
}

/** True for switch-like values that mean "on". */
export function isOn(value: StateValue | undefined): boolean {
  return value === true || value === 'on' || value === 'true' || value === '1';
}

/** Text-entry elements: tapping them focuses them. */
export function isTextInput(el: ElementSpec): boolean {
  return el.role === 'textfield' || el.role === 'securefield' || el.role === 'searchfield';
}

/** Elements that react to a tap (rendered `clickable`). */
export function isInteractive(el: ElementSpec): boolean {
  if (el.on) return true;
  switch (el.role) {
    case 'button':
    case 'link':
    case 'tab':
    case 'cell':
    case 'switch':
    case 'checkbox':
    case 'textfield':
    case 'securefield':
    case 'searchfield':
    case 'slider':
      return true;
    default:
      return false;
  }
}
