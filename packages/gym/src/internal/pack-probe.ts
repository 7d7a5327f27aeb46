/**
 * Which pack requests can host which family. Most families need a feature
 * only some packs build (a login form, a map, a long list), and drawing a
 * pack that never has it wastes a whole app generation. Each pack request is
 * probed on a fixed set of probe apps, so the answer is a pure function of
 * the pack and the family: it never depends on which episodes ran before,
 * and every env in the process shares it.
 *
 * Only the verdicts are kept, never the probe apps: 8 apps for each of the
 * default packs' 64 requests are about 23 MB of heap that a long run would
 * otherwise carry to the end. So that each probe app is generated once, the
 * first question about a pack request answers it for the asking family and
 * its company (the env's other families) together.
 */
import type { TaskFamily } from '../families/family.js';
import type { Pack, PackRequest } from '../packs/pack.js';
import { createRng, deriveSeed } from '../rng.js';
import type { AppSpec } from '../world/model.js';

/** Probe apps per pack request: enough to see any feature a pack builds in one app of eight. */
export const probeApps = 8;

const verdicts = new WeakMap<Pack, Map<string, Map<TaskFamily, boolean>>>();

const requestKey = (r: PackRequest): string => `${r.platform}/${r.kind}`;

/** Probe app `i` of a pack request, from seeds no episode uses. */
function probeApp(pack: Pack, request: PackRequest, i: number): AppSpec {
  return pack.generate(
    createRng(deriveSeed('forge-pack-probe', pack.id, requestKey(request), i)),
    request,
  );
}

function known(pack: Pack, request: PackRequest): Map<TaskFamily, boolean> {
  let byRequest = verdicts.get(pack);
  if (!byRequest) {
    byRequest = new Map();
    verdicts.set(pack, byRequest);
  }
  const key = requestKey(request);
  let table = byRequest.get(key);
  if (!table) {
    table = new Map();
    byRequest.set(key, table);
  }
  return table;
}

/**
 * True when some probe app of this pack request supports the family.
 * `company` are families likely to ask next: they are settled on the same
 * probe apps, which are then dropped. Probing stops once every open family
 * has found a host.
 */
export function canHost(
  family: TaskFamily,
  pack: Pack,
  request: PackRequest,
  company: readonly TaskFamily[] = [],
): boolean {
  const table = known(pack, request);
  const verdict = table.get(family);
  if (verdict !== undefined) return verdict;
  const open = new Set([family, ...company.filter((f) => !table.has(f))]);
  for (let i = 0; i < probeApps && open.size > 0; i += 1) {
    const app = probeApp(pack, request, i);
    for (const f of open) {
      if (!f.supports(app)) continue;
      table.set(f, true);
      open.delete(f);
    }
  }
  for (const f of open) table.set(f, false);
  return table.get(family) === true;
}
