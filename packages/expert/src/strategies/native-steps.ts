/**
 * Sub-goals shared by the native iOS devtools plans: check the devtools are
 * injected, and read the app-scoped screen with native-describe-screen,
 * whose raw point frames the at-point tools take.
 */
import { type NativeLeaf, parseNativeDescribe } from '@forge/gym';
import { callAction, onDevice } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { latestOk, replyOf } from './device-calls.js';
import type { SubGoal } from './strategy.js';

/** A devtools call on the app: the chosen device plus the app's bundle id. */
export const onApp = (view: ExpertView, args: Record<string, string | number> = {}) =>
  onDevice(view, { bundleId: view.appId, ...args });

/** native-devtools-status said the injection is connected (it only reads, so once is enough). */
export const statusChecked: SubGoal = {
  name: 'devtools-status',
  done: (view) => replyOf(latestOk(view, 'native-devtools-status'))?.connected === true,
  next: (view) => callAction(view, 'native-devtools-status', onApp(view), 'check-devtools'),
};

/**
 * The target's leaf in the current native-describe-screen, with its raw
 * point frame and tap point: the current discovery must be that tool's.
 */
export function nativeLeaf(view: ExpertView, id: string): NativeLeaf | undefined {
  const seen = view.state.seen;
  if (!view.state.fresh || seen?.tool !== 'native-describe-screen') return undefined;
  const parsed = parseNativeDescribe(seen.text);
  return parsed.success ? parsed.value.leaves.find((l) => l.id === id) : undefined;
}

/** The app-scoped screen read, showing the target (the screen is reached first). */
export function nativeDescribed(target: (view: ExpertView) => string): SubGoal {
  return {
    name: 'native-describe',
    done: (view) => nativeLeaf(view, target(view)) !== undefined,
    next: (view) => callAction(view, 'native-describe-screen', onApp(view), 'discover'),
  };
}
