/**
 * The failures the gym can inject into an episode. Each fires at most once
 * and is recoverable by the toolkit's rules (see `docs` in each entry).
 */

/** Every injection kind, in a stable order. */
export const injectionKinds = [
  'tap-miss',
  'discovery-fail',
  'debugger-drop',
  'boot-timeout',
  'permission-dialog',
  'keyboard-cover',
  'element-moved',
  'app-crash',
] as const;

/** One kind of injected failure. */
export type InjectionKind = (typeof injectionKinds)[number];

/** How an agent recovers from each kind, for docs and for the expert. */
export const injectionRecovery: Readonly<Record<InjectionKind, string>> = {
  'tap-miss': 'the first tap on an interactive element does nothing: discover again and tap again',
  'discovery-fail':
    'the first discovery call fails: read the error, retry once or use another discovery tool',
  'debugger-drop':
    'the debugger connection drops: check debugger-status and call debugger-connect again',
  'boot-timeout': 'the first boot-device times out: call boot-device again',
  'permission-dialog':
    'a system permission dialog appears after launch: describe and tap one of its buttons',
  'keyboard-cover':
    'the keyboard covers the submit button: close it with a keyboard key (Return) or button back',
  'element-moved': 'content moves after an animation: discover again before tapping',
  'app-crash': 'the app crashes on a tap: relaunch it with launch-app and navigate again',
};

/** True for a known kind name. */
export function isInjectionKind(name: string): name is InjectionKind {
  return (injectionKinds as readonly string[]).includes(name);
}

/** The hook tools use to let a scheduled failure fire. */
export interface InjectionHooks {
  /** True (and marks it fired) when `kind` is scheduled and has not fired yet. */
  fire(kind: InjectionKind): boolean;
}
