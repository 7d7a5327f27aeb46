/**
 * The expert's elementary moves over the toolkit: discovery (with its
 * fallbacks), taps at discovered centres, typing, scrolling, going back,
 * closing the keyboard, answering dialogs, (re)launching.
 */
import type { JsonObject, PolicyAction } from '@forge/spec';
import {
  callAction,
  callsAction,
  type IntentDetail,
  onDevice,
  onRuntime,
  type PlannedCall,
} from './actions.js';
import { backButtonOf } from './back-button.js';
import type { Seen, SeenElement } from './seen.js';
import type { ExpertView } from './view.js';

/** The web address of the app's first screen (web apps live at their host). */
export function homeUrl(view: ExpertView): string {
  return `https://${view.appId}/`;
}

/** Opens the app: launch-app on mobile, open-url on Chromium (never a home-screen icon). */
export function openApp(view: ExpertView, kind: string): PolicyAction {
  if (view.platform === 'chromium')
    return callAction(view, 'open-url', onDevice(view, { url: homeUrl(view) }), kind);
  return callAction(view, 'launch-app', onDevice(view, { bundleId: view.appId }), kind);
}

/**
 * Starts the app over from its first screen, a choice (the search found
 * nothing, or the web has no back): intent `start-over`. `relaunch` is for
 * an app that went away (a crash shows the launcher); sharing it made the
 * narration say "Relaunching the app after the crash." before 39 of 3,000
 * such restarts where nothing had crashed.
 */
export function restartApp(view: ExpertView): PolicyAction {
  if (view.platform === 'chromium')
    return callAction(view, 'open-url', onDevice(view, { url: homeUrl(view) }), 'start-over');
  return callAction(view, 'restart-app', onDevice(view, { bundleId: view.appId }), 'start-over');
}

function discoveryIntent(view: ExpertView): string {
  const s = view.state;
  if (s.discoveryFailures > 0) return 'recover-discovery';
  return s.seen ? 'rediscover' : 'discover';
}

/**
 * Reads the screen. React Native apps may use the component tree (after
 * connecting the debugger); a failed discovery is retried once, or answered
 * with native-describe-screen on a native iOS app; `describe` when asked.
 */
export function discover(view: ExpertView, describeOnly = false): PolicyAction {
  const s = view.state;
  const useTree =
    view.reactNative &&
    view.platform !== 'chromium' &&
    view.choices.componentTree &&
    !s.describeOnly &&
    !describeOnly &&
    s.discoveryFailures < 2;
  if (useTree) {
    if (s.debuggerDropped && !s.debuggerChecked && view.choices.statusBeforeReconnect)
      return callAction(view, 'debugger-status', onRuntime(view), 'recover-debugger');
    if (!s.debuggerConnected)
      return callAction(
        view,
        'debugger-connect',
        onRuntime(view),
        s.debuggerDropped ? 'recover-debugger' : 'connect-debugger',
      );
    return callAction(view, 'debugger-component-tree', onRuntime(view), discoveryIntent(view));
  }
  const native =
    s.discoveryFailures > 0 &&
    view.platform === 'ios' &&
    view.privileged.appKind === 'native' &&
    view.choices.nativeFallback;
  if (native)
    return callAction(
      view,
      'native-describe-screen',
      onDevice(view, { bundleId: view.appId }),
      'recover-discovery',
    );
  return callAction(view, 'describe', onDevice(view), discoveryIntent(view));
}

function tapDetail(el: SeenElement, label: string | undefined): IntentDetail {
  // Built field by field: conditional spreads cost an allocation each on a hot path.
  const detail: Record<string, string | number> = {};
  const name = el.label !== '' ? el.label : (label ?? '');
  if (name !== '') detail.label = name;
  if (el.id !== undefined) detail.target = el.id;
  detail.x = el.tap.x;
  detail.y = el.tap.y;
  return detail;
}

/** Taps the centre of a discovered element; a retry after a miss says so. */
export function tap(view: ExpertView, el: SeenElement, label?: string): PolicyAction {
  const kind = el.id !== undefined && view.state.missed[el.id] ? 'recover-miss' : 'tap-target';
  return callAction(view, 'gesture-tap', onDevice(view, el.tap), kind, tapDetail(el, label));
}

/** Taps a field and types into it, as one run-sequence or as the tap alone (typing follows). */
export function tapToType(
  view: ExpertView,
  el: SeenElement,
  text: string,
  key?: string,
): PolicyAction {
  if (!view.choices.batchTyping) return tap(view, el);
  const typing: JsonObject = key === undefined ? { text } : { text, key };
  return callAction(
    view,
    'run-sequence',
    onDevice(view, {
      steps: [
        { tool: 'gesture-tap', args: { ...el.tap } },
        { tool: 'keyboard', args: typing },
      ],
    }),
    'type',
    { ...tapDetail(el, undefined), text },
  );
}

/** Types into the focused field, optionally pressing a key after. */
export function typeText(view: ExpertView, text: string, key?: string): PolicyAction {
  const args: JsonObject = key === undefined ? { text } : { text, key };
  return callAction(view, 'keyboard', onDevice(view, args), 'type', { text });
}

/** Empties a field: tap it, then one Backspace per character, in one run-sequence. */
export function clearField(view: ExpertView, el: SeenElement, length: number): PolicyAction {
  const steps: JsonObject[] = [{ tool: 'gesture-tap', args: { ...el.tap } }];
  for (let i = 0; i < length; i += 1) steps.push({ tool: 'keyboard', args: { key: 'Backspace' } });
  return callAction(view, 'run-sequence', onDevice(view, { steps }), 'type', {
    ...tapDetail(el, undefined),
    clear: true,
  });
}

/** Short flicks batched together: two of them still move less than one viewport. */
const flick = 0.25;

function scrollCall(view: ExpertView, dist: number): PlannedCall {
  if (view.platform === 'chromium')
    return { name: 'gesture-scroll', args: { x: 0.5, y: 0.5, deltaY: dist } };
  const start = view.choices.swipeStart;
  const end = Math.round((start - dist) * 100) / 100;
  return { name: 'gesture-swipe', args: { fromX: 0.5, fromY: start, toX: 0.5, toY: end } };
}

/** Scrolls the content down: swipe up on mobile, a wheel scroll on Chromium. */
export function scrollDown(view: ExpertView, seen: Seen, label?: string): PolicyAction {
  const detail = label === undefined ? undefined : { label };
  if (view.choices.batchScroll && seen.hidden >= 3) {
    const c = scrollCall(view, flick);
    const steps = [c, c].map((s) => ({ tool: s.name, args: s.args }));
    return callAction(view, 'run-sequence', onDevice(view, { steps }), 'scroll', detail);
  }
  const c = scrollCall(view, view.choices.swipeDistance);
  return callsAction(view, [{ name: c.name, args: onDevice(view, c.args) }], 'scroll', detail);
}

/**
 * Leaves the current screen: the app's back button when the episode prefers
 * tapping it and a fresh discovery shows one; else back on Android, the edge
 * swipe on iOS, the home url on the web.
 */
export function goBack(view: ExpertView): PolicyAction {
  const { seen, fresh } = view.state;
  const button =
    fresh && seen && !seen.keyboard && view.choices.backByTap ? backButtonOf(seen) : undefined;
  if (button)
    return callAction(
      view,
      'gesture-tap',
      onDevice(view, button.tap),
      'go-back',
      tapDetail(button, undefined),
    );
  if (view.platform === 'android')
    return callAction(view, 'button', onDevice(view, { button: 'back' }), 'go-back');
  if (view.platform === 'ios')
    return callAction(
      view,
      'gesture-swipe',
      onDevice(view, { fromX: 0.02, fromY: 0.5, toX: 0.75, toY: 0.5 }),
      'go-back',
    );
  return restartApp(view);
}

/** Closes the on-screen keyboard: Return, or back on Android. */
export function closeKeyboard(view: ExpertView): PolicyAction {
  if (view.platform === 'android' && view.choices.keyboardBack)
    return callAction(view, 'button', onDevice(view, { button: 'back' }), 'close-keyboard');
  return callAction(view, 'keyboard', onDevice(view, { key: 'Return' }), 'close-keyboard');
}

/** The non-committal answers of an app's prompt: put it off, take no offer. */
const putOffPattern =
  /^(not now|maybe later|remind me later|no thanks|skip|continue as guest|reject all|necessary only|decline|got it|continue|close)$/i;

/**
 * Puts off an app's one-time prompt with its non-committal button, tapped
 * at the centre the discovery just gave; a prompt with one button has only
 * that answer.
 */
export function dismissPrompt(view: ExpertView, seen: Seen): PolicyAction | undefined {
  const buttons = seen.elements.filter((e) => e.id !== undefined && putOffPattern.test(e.label));
  const button = buttons[buttons.length - 1];
  if (!button) return undefined;
  return callAction(view, 'gesture-tap', onDevice(view, button.tap), 'dismiss-prompt', {
    label: button.label,
    x: button.tap.x,
    y: button.tap.y,
  });
}

const allowPattern = /^(allow|while using the app|ok|allow once|only this time)$/i;

/** Answers a system dialog with its allow button. */
export function dismissDialog(view: ExpertView, seen: Seen): PolicyAction | undefined {
  const allow =
    seen.elements.find((e) => allowPattern.test(e.label)) ??
    seen.elements[seen.elements.length - 1];
  if (!allow) return undefined;
  return callAction(view, 'gesture-tap', onDevice(view, allow.tap), 'dismiss-dialog', {
    label: allow.label,
    x: allow.tap.x,
    y: allow.tap.y,
  });
}
