/**
 * What a device shows right now, platform-neutral: the visible nodes with
 * on-screen frames, in z-order (later nodes are on top). Describe, the
 * component tree, the native tools and the tap hit test all read this, so
 * what an observation lists is exactly what a tap can hit.
 */
import { deriveSeed } from '../rng.js';
import { indexApp, screenOf } from './app-index.js';
import type { ElementRole, ElementSpec, Frame } from './model.js';
import { permissionDialogLayout } from './permission-dialog.js';
import { permissionDialogText } from './permission-dialogs.js';
import { elementValue, isInteractive, isOn, isTextInput } from './runtime.js';
import type { AppRuntime, DeviceState, World } from './state.js';

/** Roles beyond the app's own: system UI the kernel draws. */
export type NodeRole =
  | ElementRole
  | 'container'
  | 'keyboard'
  | 'dialog-button'
  | 'icon'
  /** The sheet, card or banner of an app's first-run prompt, behind its elements. */
  | 'overlay';

/** One visible thing on screen. */
export interface ViewNode {
  readonly id: string;
  readonly role: NodeRole;
  readonly label: string;
  readonly value: string | undefined;
  readonly frame: Frame;
  /** 1 for top-level nodes, 2 inside the scroll container. */
  readonly depth: number;
  readonly flags: readonly string[];
  /** The app element behind the node, when there is one. */
  readonly el: ElementSpec | null;
  /** False for nodes a tap passes through (containers, toasts). */
  readonly hittable: boolean;
  /** React Native component name, for the component tree. */
  readonly component: string | undefined;
}

/** The screen of a device. */
export interface ScreenView {
  readonly kind: 'app' | 'modal' | 'dialog' | 'home' | 'blank';
  readonly nodes: readonly ViewNode[];
  /** The app whose screen it is. */
  readonly app: string | null;
  readonly screen: string | null;
  readonly title: string;
  /** A system permission dialog's title, when one is up. */
  readonly dialog: string | null;
}

/** Top of the on-screen keyboard, in screen units. */
export const keyboardTop = 0.62;

/** Why an app asks, as its usage description would say (one is picked per app). */
const permissionReasons: Readonly<Record<string, readonly string[]>> = {
  camera: [
    'uses the camera to scan codes and add photos to your posts',
    'needs the camera for video calls',
    'uses your camera so you can attach pictures',
  ],
  location: [
    'uses your location to show what is nearby',
    'needs your location to find stores and services close to you',
    'uses your location to fill in your address',
  ],
  notifications: [
    'sends alerts when something needs your attention',
    'would like to notify you about updates and messages',
    'sends reminders you set up',
  ],
  photos: [
    'lets you choose pictures to share',
    'needs access to your photo library to save and upload images',
    'uses your photos for your profile picture',
  ],
  contacts: [
    'finds friends who already use it',
    'uses your contacts to help you invite people',
    'matches your address book to suggest people to follow',
  ],
};

/** The view of a device. */
export function viewOf(world: World, device: DeviceState): ScreenView {
  const rt = activeOf(device);
  if (rt === null || !rt.running) return homeView(world, device);
  const app = world.apps[rt.app];
  if (!app) return homeView(world, device);
  if (rt.dialog) return dialogView(device, app.name, rt.dialog.permission, rt.app);
  if (rt.modal !== null) {
    const modal = indexApp(app).modals.get(rt.modal);
    if (modal) {
      const nodes = modal.elements.map((el) => nodeOf(el, el.frame, 1, rt, rt.screen));
      // The first-run prompt's sheet lies under its elements: a tap on it,
      // like one beside it, reaches nothing (the app below is covered).
      const prompt = app.firstRun;
      if (prompt?.modal === rt.modal)
        nodes.unshift(synthetic('first-run', 'overlay', modal.title, prompt.frame, true));
      return {
        kind: 'modal',
        nodes,
        app: app.id,
        screen: rt.screen,
        title: modal.title,
        dialog: null,
      };
    }
  }
  const screen = screenOf(app, rt.screen);
  const port = indexApp(app).viewport.get(screen.id) ?? { top: 0, bottom: 1 };
  const offset = rt.shift - rt.scroll;
  const kbTop =
    device.platform !== 'chromium' && rt.keyboard ? keyboardTopOf(rt, screen.elements, offset) : 2;
  const top: ViewNode[] = [];
  const content: ViewNode[] = [];
  const bottom: ViewNode[] = [];
  let hidden = 0;
  const contentEnd = contentBottom(screen.elements) + rt.shift;
  const scrollable = (screen.contentHeight ?? 1) > 1 || contentEnd > port.bottom + 1e-9;
  // The banner left where content slid down sits under the fixed chrome: it
  // comes first, so a tap on a fixed bar or sidebar it overlaps hits the bar.
  const under: ViewNode[] = [];
  if (rt.shift > 0) {
    const frame = { x: 0.05, y: port.top + offset - rt.shift, w: 0.9, h: rt.shift * 0.8 };
    if (frame.y >= port.top - 1e-9) under.push(banner(frame));
  }
  for (const el of screen.elements) {
    if (el.fixed) {
      if (el.frame.y + el.frame.h > kbTop) continue;
      const node = nodeOf(el, el.frame, 1, rt, screen.id);
      if (el.frame.y + el.frame.h / 2 < 0.5) top.push(node);
      else bottom.push(node);
      continue;
    }
    const y = el.frame.y + offset;
    if (y + el.frame.h > port.bottom + 1e-9) {
      hidden += 1;
      continue;
    }
    if (y < port.top - 1e-9 || y + el.frame.h > kbTop) continue;
    const frame = offset === 0 ? el.frame : { x: el.frame.x, y, w: el.frame.w, h: el.frame.h };
    content.push(nodeOf(el, frame, scrollable ? 2 : 1, rt, screen.id));
  }
  const nodes: ViewNode[] = [...under, ...top];
  if (scrollable) {
    const flags = hidden > 0 ? ['scrollable', `scrollHidden=${hidden}`] : ['scrollable'];
    nodes.push({
      id: `${screen.id}-scroll`,
      role: 'container',
      label: '',
      value: undefined,
      frame: { x: 0, y: port.top, w: 1, h: port.bottom - port.top },
      depth: 1,
      flags,
      el: null,
      hittable: false,
      component: 'ScrollView',
    });
  }
  nodes.push(...content, ...bottom);
  if (rt.toast !== null) nodes.push(toastNode(rt.toast));
  if (kbTop < 1) nodes.push(keyboardNode(kbTop));
  return { kind: 'app', nodes, app: app.id, screen: screen.id, title: screen.title, dialog: null };
}

/** The runtime the device shows (foreground app or active tab). */
function activeOf(device: DeviceState): AppRuntime | null {
  if (device.platform === 'chromium') return device.tabs[device.activeTab]?.rt ?? null;
  return device.foreground === null ? null : (device.apps[device.foreground] ?? null);
}

function contentBottom(elements: readonly ElementSpec[]): number {
  let end = 0;
  for (const el of elements) if (!el.fixed) end = Math.max(end, el.frame.y + el.frame.h);
  return end;
}

/** Usually the lower part of the screen; taller when keyboard-cover hides the submit button. */
function keyboardTopOf(rt: AppRuntime, elements: readonly ElementSpec[], offset: number): number {
  if (!rt.keyboardTall) return keyboardTop;
  let top = keyboardTop;
  for (const el of elements) {
    if (el.on?.kind === 'submit') top = Math.min(top, el.frame.y + (el.fixed ? 0 : offset) - 0.01);
  }
  return Math.max(0.3, top);
}

function nodeOf(
  el: ElementSpec,
  frame: Frame,
  depth: number,
  rt: AppRuntime,
  screen: string,
): ViewNode {
  const flags: string[] = [];
  const v = elementValue(el, rt);
  let value: string | undefined;
  if (isInteractive(el) && !el.disabled) flags.push('clickable');
  if (el.role === 'switch' || el.role === 'checkbox') {
    flags.push(isOn(v) ? 'checked' : 'checkable');
  } else if (el.role === 'securefield') {
    value = typeof v === 'string' && v.length > 0 ? '•'.repeat(v.length) : undefined;
    flags.push('password');
  } else if (v !== undefined) {
    value = String(v);
  }
  if (rt.focused === el.id) flags.push('focused');
  if (isSelected(el, rt, screen)) flags.push('selected');
  if (el.disabled) flags.push('disabled');
  if (isTextInput(el) && value === '') value = undefined;
  return {
    id: el.id,
    role: el.role,
    label: el.label,
    value,
    frame,
    depth,
    flags,
    el,
    hittable: true,
    component: el.component,
  };
}

function isSelected(el: ElementSpec, rt: AppRuntime, screen: string): boolean {
  const on = el.on;
  if (el.role === 'tab' && on?.kind === 'navigate') return on.to === screen;
  return on?.kind === 'select' && rt.values[on.key] === on.value;
}

function banner(frame: Frame): ViewNode {
  return synthetic('content-updated', 'text', 'Updated just now', frame, true);
}

function toastNode(text: string): ViewNode {
  return synthetic('form-error', 'text', text, { x: 0.05, y: 0.9, w: 0.9, h: 0.04 }, true);
}

function keyboardNode(top: number): ViewNode {
  return synthetic('keyboard', 'keyboard', 'Keyboard', { x: 0, y: top, w: 1, h: 1 - top }, true);
}

function synthetic(
  id: string,
  role: NodeRole,
  label: string,
  frame: Frame,
  hittable: boolean,
): ViewNode {
  return {
    id,
    role,
    label,
    value: undefined,
    frame,
    depth: 1,
    flags: [],
    el: null,
    hittable,
    component: undefined,
  };
}

function dialogView(
  device: DeviceState,
  appName: string,
  permission: string,
  app: string,
): ScreenView {
  const { title, buttons } = permissionDialogText(
    device.platform === 'ios' ? 'ios' : 'android',
    permission,
    appName,
  );
  const reasons = permissionReasons[permission] ?? ['needs this permission to work'];
  const message = `${appName} ${reasons[deriveSeed(app, permission) % reasons.length]}.`;
  const at = permissionDialogLayout(device, title, message, buttons.length);
  const messageNode = synthetic('dialog-message', 'text', message, at.message, true);
  // The table lists buttons in reading order, so the nodes follow it.
  const buttonNodes = buttons.map((b, i) => ({
    ...synthetic(b.id, 'dialog-button', b.label, at.buttons[i] as Frame, true),
    flags: ['clickable'],
  }));
  return {
    kind: 'dialog',
    nodes: [messageNode, ...buttonNodes],
    app,
    screen: null,
    title,
    dialog: title,
  };
}

/** The launcher: one icon per installed app (tapping one opens it, as on a real device). */
function homeView(world: World, device: DeviceState): ScreenView {
  if (device.platform === 'chromium') {
    const tab = device.tabs[device.activeTab];
    return {
      kind: 'blank',
      nodes: [],
      app: null,
      screen: null,
      title: tab?.title ?? '',
      dialog: null,
    };
  }
  const nodes: ViewNode[] = device.installed.map((id, i) => {
    const frame = {
      x: 0.06 + (i % 4) * 0.235,
      y: 0.08 + Math.floor(i / 4) * 0.12,
      w: 0.17,
      h: 0.09,
    };
    const label = world.apps[id]?.name ?? id;
    return { ...synthetic(`icon-${id}`, 'icon', label, frame, true), flags: ['clickable'] };
  });
  return { kind: 'home', nodes, app: null, screen: null, title: 'Home', dialog: null };
}

/** The topmost hittable node containing the point, or undefined. */
export function hitTest(view: ScreenView, x: number, y: number): ViewNode | undefined {
  for (let i = view.nodes.length - 1; i >= 0; i -= 1) {
    const node = view.nodes[i] as ViewNode;
    if (!node.hittable) continue;
    const f = node.frame;
    if (x >= f.x && x <= f.x + f.w && y >= f.y && y <= f.y + f.h) return node;
  }
  return undefined;
}

/** The largest scroll offset of a screen given its content and an animation shift. */
export function maxScrollOf(
  elements: readonly ElementSpec[],
  bottom: number,
  shift: number,
): number {
  return Math.max(0, contentBottom(elements) + shift + 0.01 - bottom);
}
