/** TEST HELPER: solutions of the native iOS devtools families. `short` stops one step early. */
import { parseNativeDescribe } from '../../observe/native-describe.js';
import type { Agent } from './agent.js';

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The target's leaf in native-describe-screen (raw points), after checking injection. */
function nativeLeaf(a: Agent) {
  a.dev('native-devtools-status', { bundleId: a.appId });
  const parsed = parseNativeDescribe(a.dev('native-describe-screen', { bundleId: a.appId }).text);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.value.leaves.find((l) => l.id === a.p.targetId);
}

/** Reach the screen, confirm the view in native-describe-screen, then find it by label. */
export function nativeInspect(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  a.find(String(a.p.targetId));
  nativeLeaf(a);
  if (short) return;
  a.dev('native-find-views', { bundleId: a.appId, label: String(a.task.params.target) });
}

/** Hierarchy, both at-point views at the target's raw tap point, and the native request log. */
export function nativeDeepInspect(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  const leaf = nativeLeaf(a);
  if (!leaf) throw new Error('target not in native-describe-screen');
  a.dev('native-full-hierarchy', { bundleId: a.appId, maxDepth: 20 });
  const point = { bundleId: a.appId, x: leaf.tap.x, y: leaf.tap.y };
  a.dev('native-view-at-point', point);
  if (short) return;
  a.dev('native-user-interactable-view-at-point', point);
  if (a.task.params.endpoint !== undefined) a.dev('native-network-logs', { bundleId: a.appId });
}
