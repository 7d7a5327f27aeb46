/** The strategies by family id. */
import { deepLinkStrategy } from './deep-link.js';
import { deviceReleaseStrategy } from './device-release.js';
import { deviceStrategies } from './groups/device.js';
import { runtimeStrategies } from './groups/runtime.js';
import { screenStrategies } from './groups/screen.js';
import { loginStrategy } from './login.js';
import { navigateTapStrategy } from './navigate-tap.js';
import { scrollFindStrategy } from './scroll-find.js';
import type { Strategy } from './strategy.js';
import { toggleStrategy } from './toggle.js';
import { updateNoticeStrategy } from './update-notice.js';
import { workspaceDataStrategy } from './workspace-data.js';

/** Every strategy the expert ships, in docs/families.md order. */
export const defaultStrategies: readonly Strategy[] = [
  navigateTapStrategy,
  toggleStrategy,
  scrollFindStrategy,
  loginStrategy,
  deepLinkStrategy,
  workspaceDataStrategy,
  deviceReleaseStrategy,
  updateNoticeStrategy,
  // Screen group: profile-drilldown, batch-sequence, visual-regression, flow-record,
  // hide-and-seek, pinch-zoom, drag-gesture, rotate-gesture, chromium-tabs, cookies-storage.
  ...screenStrategies,
  // Runtime group: network-inspect, debug-inspect, console-check, profile-performance,
  // profiler-sessions, metro-control.
  ...runtimeStrategies,
  // Device group: android-boot, reinstall-reset, native-inspect, native-deep-inspect.
  ...deviceStrategies,
];
