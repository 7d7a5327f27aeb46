import deviceToolkit from '../../catalog/device-toolkit.json' with { type: 'json' };
import { createCatalog } from './create-catalog.js';
import type { Catalog } from './tool-spec.js';

let cached: Catalog | undefined;

/**
 * The default catalog: the 67 tools of the device-control toolkit that drives
 * iOS simulators, Android emulators and Chromium targets.
 */
export function defaultCatalog(): Catalog {
  if (cached) return cached;
  const result = createCatalog(deviceToolkit as readonly unknown[], 'default catalog');
  // The file ships with the package and is tested; failing here is a build defect.
  if (!result.success) throw result.error;
  cached = result.value;
  return cached;
}
