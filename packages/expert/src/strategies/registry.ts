/** The strategies by family id. */
import { deepLinkStrategy } from './deep-link.js';
import { deviceReleaseStrategy } from './device-release.js';
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
];
