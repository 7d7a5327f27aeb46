import { batchSequenceStrategy } from '../batch-sequence.js';
import { chromiumTabsStrategy } from '../chromium-tabs.js';
import { cookiesStorageStrategy } from '../cookies-storage.js';
import { dragGestureStrategy } from '../drag-gesture.js';
import { flowRecordStrategy } from '../flow-record.js';
import { hideAndSeekStrategy } from '../hide-and-seek.js';
import { pinchZoomStrategy } from '../pinch-zoom.js';
import { profileDrilldownStrategy } from '../profile-drilldown.js';
import { rotateGestureStrategy } from '../rotate-gesture.js';
import type { Strategy } from '../strategy.js';
import { visualRegressionStrategy } from '../visual-regression.js';

/** Strategies of the screen group of families (see the group list in registry.ts). */
export const screenStrategies: readonly Strategy[] = [
  profileDrilldownStrategy,
  batchSequenceStrategy,
  visualRegressionStrategy,
  flowRecordStrategy,
  hideAndSeekStrategy,
  pinchZoomStrategy,
  dragGestureStrategy,
  rotateGestureStrategy,
  chromiumTabsStrategy,
  cookiesStorageStrategy,
];
