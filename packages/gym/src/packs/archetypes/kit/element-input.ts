import type { ElementBehavior, ElementRole } from '../../../world/model.js';

/** What a pack says about an element; the builders add its id and frame. */
export interface ElementInput {
  /** Short semantic key, turned into the element id in the app's id style. */
  readonly key: string;
  readonly role: ElementRole;
  readonly label: string;
  readonly value?: string;
  readonly on?: ElementBehavior;
  readonly disabled?: boolean;
  readonly stateKey?: string;
  /** React Native component name; a per-app default by role when absent. */
  readonly component?: string;
}

/** A navigation target shown as a tab, a sidebar link or a top nav link. */
export interface NavItem {
  readonly key: string;
  readonly label: string;
  readonly to: string;
}

/** A screen's id and title, reserved before the screen is built so others can link to it. */
export interface ScreenRef {
  readonly id: string;
  readonly title: string;
}
