/**
 * The static description of simulated apps that packs generate and the
 * kernel runs. Packs produce `AppSpec`s; the kernel keeps the mutable state
 * (current screen, scroll offset, values) separately, so specs can be shared
 * and snapshots stay small.
 *
 * Frames are normalized to 0..1 of the screen. On a scrolling screen,
 * `frame.y` is in content coordinates (0..contentHeight); the kernel shifts
 * it by the scroll offset and hides what falls outside the viewport.
 */
import type { Platform } from '@forge/spec';

/** How an app is built: decides which discovery tools apply. */
export type AppKind = 'native' | 'react-native' | 'web';

/** Platform-neutral element roles; the kernel renders them per platform. */
export type ElementRole =
  | 'button'
  | 'text'
  | 'header'
  | 'textfield'
  | 'securefield'
  | 'switch'
  | 'checkbox'
  | 'link'
  | 'tab'
  | 'cell'
  | 'image'
  | 'slider'
  | 'searchfield'
  | 'map'
  | 'canvas';

/** A rectangle in normalized screen units. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What tapping an element does. */
export type ElementBehavior =
  | { readonly kind: 'navigate'; readonly to: string }
  | { readonly kind: 'back' }
  | { readonly kind: 'toggle'; readonly key: string }
  | { readonly kind: 'input'; readonly key: string }
  | { readonly kind: 'select'; readonly key: string; readonly value: string }
  | {
      readonly kind: 'submit';
      /** State values that must hold for success, e.g. `{ username: 'ada', password: '…' }`. */
      readonly requires: Readonly<Record<string, string | boolean>>;
      readonly success: string;
      /** Text of the error element shown when `requires` does not hold. */
      readonly failure: string;
      /** State set on success, e.g. `{ loggedIn: true }`. */
      readonly sets?: Readonly<Record<string, string | boolean>>;
    }
  | { readonly kind: 'open-modal'; readonly modal: string }
  | { readonly kind: 'dismiss' }
  | { readonly kind: 'request'; readonly requestId: string; readonly then?: string };

/** One element of a screen. */
export interface ElementSpec {
  /** Stable within the app: testID on React Native, resource-id on Android, DOM id on web. */
  readonly id: string;
  readonly role: ElementRole;
  readonly label: string;
  /** Initial value (text, or 'on'/'off' for switches); live values live in state by `stateKey`. */
  readonly value?: string;
  readonly frame: Frame;
  /** Stays in place when the screen scrolls (headers, tab bars). */
  readonly fixed?: boolean;
  readonly disabled?: boolean;
  readonly on?: ElementBehavior;
  /** React Native component name (component tree); defaults per role. */
  readonly component?: string;
  /** State key the element displays (switch value, field text, a read-out value). */
  readonly stateKey?: string;
}

/** A screen: a node of the app's navigation graph. */
export interface ScreenSpec {
  readonly id: string;
  readonly title: string;
  readonly elements: readonly ElementSpec[];
  /** Height of the scrollable content in screen units; > 1 means the screen scrolls. */
  readonly contentHeight?: number;
  /** The screen `back` returns to; none on the home screen. */
  readonly parent?: string;
  /** Supports pinch zoom (maps, images): scale bounds. */
  readonly zoom?: { readonly min: number; readonly max: number; readonly initial: number };
  /** Supports two-finger rotation (maps): the map heading is kept in state. */
  readonly rotatable?: boolean;
  /** Supports drag (web sliders, sortable lists, maps): what a drag changes. */
  readonly drag?: { readonly key: string; readonly kind: 'pan' | 'reorder' | 'slider' };
  /** Supports a long press (gesture-custom) on these element ids: opens a context menu modal. */
  readonly longPress?: Readonly<Record<string, string>>;
}

/** A modal sheet or alert an element can open. */
export interface ModalSpec {
  readonly id: string;
  readonly title: string;
  readonly elements: readonly ElementSpec[];
}

/** One HTTP request an app makes, for network logs. */
export interface RequestSpec {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly url: string;
  readonly status: number;
  readonly durationMs: number;
  readonly requestBody?: string;
  readonly responseBody: string;
  /** Screen whose appearance triggers the request. */
  readonly screen: string;
}

/** A console message an app logs on a screen. */
export interface LogSpec {
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly screen: string;
}

/** A performance hotspot a profile of this app will find. */
export interface HotspotSpec {
  readonly component: string;
  readonly functionName: string;
  readonly file: string;
  readonly line: number;
  readonly selfMs: number;
  readonly renders: number;
  /** The screen whose interaction triggers it. */
  readonly screen: string;
}

/** React Native specifics: Metro, the JS runtime's content. */
export interface RuntimeSpec {
  readonly metroPort: number;
  readonly projectRoot: string;
  readonly rnVersion: string;
  readonly logs: readonly LogSpec[];
  readonly hotspots: readonly HotspotSpec[];
  /** Source files by component name, for component-source and inspect-element. */
  readonly sources: Readonly<Record<string, { readonly file: string; readonly line: number }>>;
}

/** Web specifics: starting cookies and storage. */
export interface WebSpec {
  readonly origin: string;
  readonly cookies: readonly {
    readonly name: string;
    readonly value: string;
    readonly httpOnly: boolean;
    readonly secure: boolean;
  }[];
  readonly localStorage: Readonly<Record<string, string>>;
  readonly sessionStorage: Readonly<Record<string, string>>;
  /** Path of each screen, e.g. `/settings/profile`. */
  readonly paths: Readonly<Record<string, string>>;
}

/** What a first-run prompt is about. */
export type FirstRunKind = 'whats-new' | 'notifications' | 'rate' | 'sign-in' | 'cookies';

/**
 * A one-time prompt the app shows over its first screen until it is
 * answered: a "What's new" sheet, an in-app notifications pre-prompt, a
 * rating card, a sign-in nudge, or a site's cookie consent. Its title,
 * message and buttons are the elements of `modal` (one of the app's
 * modals); every button dismisses it, and once answered it stays answered
 * until the app is reinstalled (on the web: while the site's `cookie` is set).
 */
export interface FirstRunSpec {
  readonly kind: FirstRunKind;
  readonly modal: string;
  /** The sheet, card or banner the prompt draws behind its elements. */
  readonly frame: Frame;
  /** Web only: the consent cookie answering it sets on the site's domain. */
  readonly cookie?: string;
}

/** A generated app: everything the kernel needs to run it. */
export interface AppSpec {
  /** Bundle id (iOS), package (Android) or origin host (web). */
  readonly id: string;
  readonly name: string;
  readonly pack: string;
  readonly platform: Platform;
  readonly kind: AppKind;
  readonly screens: readonly ScreenSpec[];
  readonly modals: readonly ModalSpec[];
  readonly home: string;
  /** Android launcher activity, e.g. `.MainActivity`. */
  readonly activity?: string;
  /** Deep links: URL (scheme or https) → screen id. */
  readonly deepLinks: Readonly<Record<string, string>>;
  /** Initial state values (switches, fields, read-outs). */
  readonly initialState: Readonly<Record<string, string | boolean>>;
  readonly requests: readonly RequestSpec[];
  /** A system permission the app asks for on first launch, if any. */
  readonly permission?: 'camera' | 'location' | 'notifications' | 'photos' | 'contacts';
  /** Path of the build to (re)install, for reinstall-app. */
  readonly appPath: string;
  readonly runtime?: RuntimeSpec;
  readonly web?: WebSpec;
  /**
   * The valid login, when the app has one: privileged task data (the login
   * family's params), kept out of `initialState` so the app does not start
   * with them typed in. A `submit` on the login screen `requires` them.
   */
  readonly credentials?: { readonly username: string; readonly password: string };
  /**
   * An onboarding carousel, when the app has one: its page screens in order.
   * Swiping left (or tapping each page's next button) moves to the next
   * page; finishing the last page sets `completeKey` to true.
   */
  readonly onboarding?: { readonly screens: readonly string[]; readonly completeKey: string };
  /** The prompt a cold first launch (first page load on the web) shows, when the app has one. */
  readonly firstRun?: FirstRunSpec;
}
