import type { Env, Policy, PolicyAction, PolicyContext, ToolCall } from '@forge/spec';
import { latestDiscovery, tapPoint } from '../discovery/latest-discovery.js';
import { frameContains } from '../discovery/parse-discovery.js';
import type { ReferenceVerdict } from './episode-result.js';

/** The action type of a choice: its first call's tool, or `final`. */
export function actionType(action: PolicyAction): string {
  return action.type === 'final' ? 'final' : (action.calls[0]?.name ?? 'none');
}

/**
 * Asks the reference what it would do from the model's history, with the env
 * snapshotted and restored around the question so nothing it touches leaks
 * into the episode. A reference that cannot cope with the history (throws)
 * gives no verdict rather than a wrong one.
 */
export function askReference(
  env: Env,
  reference: Policy,
  context: PolicyContext,
): PolicyAction | undefined {
  const snapshot = env.snapshot();
  try {
    return reference.next(context);
  } catch {
    return undefined;
  } finally {
    env.restore(snapshot);
  }
}

/** Compares the model's choice with the reference's from the same state. */
export function compareWithReference(
  model: PolicyAction,
  reference: PolicyAction,
  context: PolicyContext,
): ReferenceVerdict {
  const action = actionType(reference);
  const verdict: ReferenceVerdict = { action, agree: actionType(model) === action };
  const modelTap = model.type === 'call' ? firstTap(model.calls) : undefined;
  const refTap = reference.type === 'call' ? firstTap(reference.calls) : undefined;
  if (!modelTap || !refTap) return verdict;
  const tapDistance = Math.hypot(modelTap.x - refTap.x, modelTap.y - refTap.y);
  const intended = (latestDiscovery(context.history) ?? []).find((e) =>
    frameContains(e.frame, refTap.x, refTap.y),
  );
  return intended
    ? { ...verdict, tapDistance, hit: frameContains(intended.frame, modelTap.x, modelTap.y) }
    : { ...verdict, tapDistance };
}

function firstTap(calls: readonly ToolCall[]) {
  for (const call of calls) {
    const point = tapPoint(call);
    if (point) return point;
  }
  return undefined;
}
