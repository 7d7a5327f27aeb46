/** The family registry: families by id, in a stable order. */
import { androidBoot } from './android-boot.js';
import { batchSequence } from './batch-sequence.js';
import { chromiumTabs } from './chromium-tabs.js';
import { consoleCheck } from './console-check.js';
import { cookiesStorage } from './cookies-storage.js';
import { debugInspect } from './debug-inspect.js';
import { deepLink } from './deep-link.js';
import { deviceRelease } from './device-release.js';
import { dragGesture } from './drag-gesture.js';
import type { TaskFamily } from './family.js';
import { flowRecord } from './flow-record.js';
import { hideAndSeek } from './hide-and-seek.js';
import { login } from './login.js';
import { metroControl } from './metro-control.js';
import { nativeDeepInspect } from './native-deep-inspect.js';
import { nativeInspect } from './native-inspect.js';
import { navigateTap } from './navigate-tap.js';
import { networkInspect } from './network-inspect.js';
import { pinchZoom } from './pinch-zoom.js';
import { profileDrilldown } from './profile-drilldown.js';
import { profilePerformance } from './profile-performance.js';
import { profilerSessions } from './profiler-sessions.js';
import { reinstallReset } from './reinstall-reset.js';
import { rotateGesture } from './rotate-gesture.js';
import { scrollFind } from './scroll-find.js';
import { toggle } from './toggle.js';
import { updateNotice } from './update-notice.js';
import { visualRegression } from './visual-regression.js';
import { workspaceData } from './workspace-data.js';

/** Every family of docs/families.md, in the table's order. */
export const defaultFamilies: readonly TaskFamily[] = [
  navigateTap,
  toggle,
  scrollFind,
  login,
  profileDrilldown,
  batchSequence,
  visualRegression,
  flowRecord,
  networkInspect,
  androidBoot,
  debugInspect,
  deepLink,
  consoleCheck,
  pinchZoom,
  nativeInspect,
  chromiumTabs,
  hideAndSeek,
  cookiesStorage,
  dragGesture,
  rotateGesture,
  reinstallReset,
  nativeDeepInspect,
  profilePerformance,
  profilerSessions,
  metroControl,
  workspaceData,
  deviceRelease,
  updateNotice,
];

/** A registry over families: lookup by id, duplicates refused. */
export interface FamilyRegistry {
  readonly families: readonly TaskFamily[];
  get(id: string): TaskFamily | undefined;
}

/** Builds a registry; throws on a duplicate id or a weight that is not a positive number (programming errors). */
export function createFamilyRegistry(
  families: readonly TaskFamily[] = defaultFamilies,
): FamilyRegistry {
  const byId = new Map<string, TaskFamily>();
  for (const f of families) {
    if (byId.has(f.id)) throw new Error(`duplicate task family id "${f.id}"`);
    const w = f.weight ?? 1;
    if (!(w > 0) || !Number.isFinite(w))
      throw new Error(`task family "${f.id}" has weight ${w}: use a positive finite number`);
    byId.set(f.id, f);
  }
  return { families: [...families], get: (id) => byId.get(id) };
}
