/**
 * Touch and keyboard input on whatever the device shows. Tapping nothing
 * does nothing; a tap on an element runs its behaviour.
 */
import type { InjectionHooks } from '../inject/kinds.js';
import { indexApp, screenOf } from './app-index.js';
import type { ElementSpec } from './model.js';
import { closeModal, crash, goBack, launch, navigate } from './navigation.js';
import { permissionDialogText } from './permission-dialogs.js';
import { activeRuntime, isInteractive, isOn, isTextInput, stateKeyOf } from './runtime.js';
import type { AppRuntime, DeviceState, World } from './state.js';
import { hitTest, maxScrollOf, viewOf } from './view.js';

/** What a tap did, for callers that care (flows, tests). */
export type TapOutcome = 'nothing' | 'activated' | 'missed' | 'crashed' | 'dialog' | 'launched';

/** Taps a normalized point. */
export function tapAt(
  world: World,
  device: DeviceState,
  x: number,
  y: number,
  hooks: InjectionHooks,
): TapOutcome {
  const view = viewOf(world, device);
  const node = hitTest(view, x, y);
  if (!node) return 'nothing';
  const rt = activeRuntime(device);
  if (view.kind === 'dialog' && rt?.dialog) {
    const { buttons } = permissionDialogText(
      device.platform === 'ios' ? 'ios' : 'android',
      rt.dialog.permission,
      '',
    );
    const button = buttons.find((b) => b.id === node.id);
    // The usage message is text: a real prompt ignores a tap on it.
    if (!button) return 'nothing';
    rt.permissions[rt.dialog.permission] = button.grants;
    rt.dialog = null;
    return 'dialog';
  }
  if (view.kind === 'home' && node.role === 'icon') {
    const app = world.apps[node.id.slice('icon-'.length)];
    if (!app) return 'nothing';
    launch(world, device, app, hooks);
    return 'launched';
  }
  const el = node.el;
  if (!rt || !el || el.disabled || !isInteractive(el)) return 'nothing';
  if (hooks.fire('tap-miss')) return 'missed';
  if (device.platform !== 'chromium' && hooks.fire('app-crash')) {
    crash(device, rt);
    return 'crashed';
  }
  activate(
    world,
    device,
    rt,
    el,
    view.kind === 'modal' ? (rt.modal ?? rt.screen) : rt.screen,
    hooks,
  );
  return 'activated';
}

/** Runs an element's behaviour and records the activation. */
export function activate(
  world: World,
  device: DeviceState,
  rt: AppRuntime,
  el: ElementSpec,
  where: string,
  hooks: InjectionHooks,
): void {
  rt.activated[`${where}/${el.id}`] = true;
  const on = el.on;
  const key = stateKeyOf(el);
  if (!on) {
    if (isTextInput(el)) focus(world, device, rt, el, hooks);
    else if ((el.role === 'switch' || el.role === 'checkbox') && key !== undefined) flip(rt, key);
    return;
  }
  switch (on.kind) {
    case 'navigate':
      navigate(world, device, rt, on.to);
      return;
    case 'back':
      goBack(world, device, rt);
      return;
    case 'toggle':
      flip(rt, on.key);
      return;
    case 'input':
      focus(world, device, rt, el, hooks);
      return;
    case 'select':
      rt.values[on.key] = on.value;
      return;
    case 'open-modal':
      rt.modal = on.modal;
      return;
    case 'dismiss':
      closeModal(world, device, rt);
      return;
    case 'request': {
      rt.network.push({ requestId: on.requestId, atMs: world.state.clockMs });
      if (on.then !== undefined) navigate(world, device, rt, on.then);
      return;
    }
    case 'submit': {
      rt.keyboard = false;
      rt.focused = null;
      const ok = Object.entries(on.requires).every(([k, v]) => rt.values[k] === v);
      if (!ok) {
        rt.toast = on.failure;
        return;
      }
      for (const [k, v] of Object.entries(on.sets ?? {})) rt.values[k] = v;
      const app = world.apps[rt.app];
      if (app && indexApp(app).screens.has(on.success)) navigate(world, device, rt, on.success);
      else rt.toast = on.success;
      return;
    }
  }
}

function flip(rt: AppRuntime, key: string): void {
  const v = rt.values[key];
  if (typeof v === 'boolean') rt.values[key] = !v;
  else rt.values[key] = isOn(v) ? 'off' : 'on';
}

function focus(
  world: World,
  device: DeviceState,
  rt: AppRuntime,
  el: ElementSpec,
  hooks: InjectionHooks,
): void {
  rt.focused = el.id;
  if (device.platform === 'chromium') return;
  rt.keyboard = true;
  const app = world.apps[rt.app];
  const hasSubmit = app && screenOf(app, rt.screen).elements.some((e) => e.on?.kind === 'submit');
  if (hasSubmit && hooks.fire('keyboard-cover')) rt.keyboardTall = true;
}

/** The focused field of the shown screen. */
function focusedField(world: World, rt: AppRuntime): ElementSpec | undefined {
  if (rt.focused === null) return undefined;
  const app = world.apps[rt.app];
  if (!app) return undefined;
  const elements =
    rt.modal !== null
      ? (indexApp(app).modals.get(rt.modal)?.elements ?? [])
      : screenOf(app, rt.screen).elements;
  return elements.find((e) => e.id === rt.focused);
}

/** Types text into the focused field; returns false when nothing has focus. */
export function typeText(world: World, device: DeviceState, text: string): boolean {
  const rt = activeRuntime(device);
  if (!rt?.running || rt.dialog) return false;
  const field = focusedField(world, rt);
  const key = field ? stateKeyOf(field) : undefined;
  if (key === undefined) return false;
  const before = rt.values[key];
  rt.values[key] = `${typeof before === 'string' ? before : ''}${text}`;
  return true;
}

/** Named keys the simulated keyboard understands. */
export const knownKeys = [
  'Return',
  'Enter',
  'Tab',
  'Backspace',
  'Delete',
  'Escape',
  'Space',
] as const;

/** Presses a named key; returns false for a key the keyboard does not know. */
export function pressKey(
  world: World,
  device: DeviceState,
  key: string,
  hooks: InjectionHooks,
): boolean {
  if (!(knownKeys as readonly string[]).includes(key)) return false;
  const rt = activeRuntime(device);
  if (!rt?.running || rt.dialog) return true;
  const field = focusedField(world, rt);
  const stateKey = field ? stateKeyOf(field) : undefined;
  if (key === 'Space') return typeText(world, device, ' ');
  if ((key === 'Backspace' || key === 'Delete') && stateKey !== undefined) {
    const v = rt.values[stateKey];
    if (typeof v === 'string') rt.values[stateKey] = v.slice(0, -1);
  } else if (key === 'Tab' && field) {
    focusNext(world, device, rt, field, hooks);
  } else if (key === 'Escape') {
    if (rt.keyboard || rt.focused !== null) {
      rt.keyboard = false;
      rt.keyboardTall = false;
      rt.focused = null;
    } else if (rt.modal !== null) closeModal(world, device, rt);
  } else if (key === 'Return' || key === 'Enter') {
    rt.keyboard = false;
    rt.keyboardTall = false;
    if (device.platform === 'chromium' && field) submitForm(world, device, rt, hooks);
    rt.focused = null;
  }
  return true;
}

function focusNext(
  world: World,
  device: DeviceState,
  rt: AppRuntime,
  field: ElementSpec,
  hooks: InjectionHooks,
): void {
  const app = world.apps[rt.app];
  if (!app) return;
  const inputs = screenOf(app, rt.screen).elements.filter(isTextInput);
  const next = inputs[(inputs.indexOf(field) + 1) % inputs.length];
  if (next) focus(world, device, rt, next, hooks);
}

/** Enter in a web form submits it, as browsers do. */
function submitForm(
  world: World,
  device: DeviceState,
  rt: AppRuntime,
  hooks: InjectionHooks,
): void {
  const app = world.apps[rt.app];
  const submit = app
    ? screenOf(app, rt.screen).elements.find((e) => e.on?.kind === 'submit')
    : undefined;
  if (submit && !submit.disabled) activate(world, device, rt, submit, rt.screen, hooks);
}

/** Scrolls the shown screen's content by `dy` screen units (positive: content moves up). */
export function scrollBy(world: World, device: DeviceState, dy: number): void {
  const rt = activeRuntime(device);
  if (!rt?.running || rt.dialog || rt.modal !== null) return;
  const app = world.apps[rt.app];
  if (!app) return;
  const screen = screenOf(app, rt.screen);
  const port = indexApp(app).viewport.get(screen.id) ?? { top: 0, bottom: 1 };
  const max = maxScrollOf(screen.elements, port.bottom, rt.shift);
  rt.scroll = Math.min(max, Math.max(0, rt.scroll + dy));
}
