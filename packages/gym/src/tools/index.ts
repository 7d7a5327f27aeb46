/** Every transition of the default toolkit, by tool name. */
import { captureTools } from './capture-tools.js';
import { chromiumTools } from './chromium-tools.js';
import type { ToolHandlers } from './context.js';
import { debuggerTools } from './debugger-tools.js';
import { deviceTools } from './device-tools.js';
import { gestureTools } from './gesture-tools.js';
import { hostTools } from './host-tools.js';
import { nativeTools } from './native-tools.js';
import { profilerTools } from './profiler-tools.js';

/** The transitions of all 67 tools of the default catalog. */
export const defaultToolHandlers: ToolHandlers = {
  ...deviceTools,
  ...captureTools,
  ...gestureTools,
  ...chromiumTools,
  ...debuggerTools,
  ...nativeTools,
  ...profilerTools,
  ...hostTools,
};
