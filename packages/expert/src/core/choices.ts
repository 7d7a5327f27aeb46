/**
 * The expert's stylistic choices, drawn from the episode seed so they stay
 * the same for the whole episode and differ between episodes. Each choice is
 * only ever between moves the toolkit's rules allow.
 */
import { deriveSeed } from '@forge/gym';

/** Choices for one episode. */
export interface Choices {
  /** On React Native, discover with debugger-component-tree rather than describe. */
  readonly componentTree: boolean;
  /** After a drop, check debugger-status before reconnecting (else reconnect at once). */
  readonly statusBeforeReconnect: boolean;
  /** Tap a field and type in one run-sequence rather than in two calls. */
  readonly batchTyping: boolean;
  /** Send two scroll gestures in one run-sequence when many rows are hidden. */
  readonly batchScroll: boolean;
  /**
   * Swipe length, in screen units (0.3..0.5): shorter than the scroll viewport
   * minus a row, so no row can pass from below the fold to above it unseen.
   */
  readonly swipeDistance: number;
  /** Where a swipe starts (0.68..0.78 of the screen height). */
  readonly swipeStart: number;
  /** Close the Android keyboard with the back button (else the Return key). */
  readonly keyboardBack: boolean;
  /** On a web form, submit by pressing Enter after the password (else tap submit). */
  readonly enterSubmits: boolean;
  /** On iOS, answer a failed describe with native-describe-screen (native apps) instead of a retry. */
  readonly nativeFallback: boolean;
  /** Go back by tapping the app's back button when the screen shows one (else swipe or back key). */
  readonly backByTap: boolean;
}

const cache = new Map<number, Choices>();

function pick(seed: number, key: string, n: number): number {
  return deriveSeed(seed, 'strategy', key) % n;
}

/** The choices of the episode with this seed. */
export function choicesFor(seed: number): Choices {
  const hit = cache.get(seed);
  if (hit) return hit;
  const choices: Choices = {
    componentTree: pick(seed, 'discovery', 2) === 0,
    statusBeforeReconnect: pick(seed, 'debugger-recovery', 3) !== 0,
    batchTyping: pick(seed, 'batch-typing', 2) === 0,
    batchScroll: pick(seed, 'batch-scroll', 2) === 0,
    swipeDistance: [0.3, 0.35, 0.4, 0.45, 0.5][pick(seed, 'swipe-distance', 5)] ?? 0.4,
    swipeStart: [0.68, 0.7, 0.72, 0.74, 0.76, 0.78][pick(seed, 'swipe-start', 6)] ?? 0.72,
    keyboardBack: pick(seed, 'keyboard-close', 2) === 0,
    enterSubmits: pick(seed, 'web-submit', 2) === 0,
    nativeFallback: pick(seed, 'discovery-fallback', 2) === 0,
    backByTap: pick(seed, 'back-by-tap', 2) === 0,
  };
  // Bounded: a generator walks seeds in order, so old entries are not asked for again.
  if (cache.size > 4096) cache.clear();
  cache.set(seed, choices);
  return choices;
}
