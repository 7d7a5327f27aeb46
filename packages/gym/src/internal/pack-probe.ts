/**
 * Which pack requests can host which family. Most families need a feature
 * only some packs build (a login form, a map, a long list), and drawing a
 * pack that never has it wastes a whole app generation. Each pack request is
 * probed once, on a fixed set of probe apps, so the answer is a pure
 * function of the pack and the family: it never depends on which episodes
 * ran before, and every env in the process shares it.
 */
import type { TaskFamily } from '../families/family.js';
import type { Pack, PackRequest } from '../packs/pack.js';
import { createRng, deriveSeed } from '../rng.js';
import type { AppSpec } from '../world/model.js';

/** Probe apps per pack request: enough to see any feature a pack builds in one app of eight. */
export const probeApps = 8;

const apps = new WeakMap<Pack, Map<string, AppSpec[]>>();
const verdicts = new WeakMap<TaskFamily, WeakMap<Pack, Map<string, boolean>>>();

const requestKey = (r: PackRequest): string => `${r.platform}/${r.kind}`;

/**
 * Probe app `i` of a pack request, generated on first use from seeds no
 * episode uses. Lazily, one at a time: a family that the first probe app
 * already hosts never pays for the other seven.
 */
function probeApp(pack: Pack, request: PackRequest, i: number): AppSpec {
  let byRequest = apps.get(pack);
  if (!byRequest) {
    byRequest = new Map();
    apps.set(pack, byRequest);
  }
  const key = requestKey(request);
  let list = byRequest.get(key);
  if (!list) {
    list = [];
    byRequest.set(key, list);
  }
  let app = list[i];
  if (!app) {
    app = pack.generate(createRng(deriveSeed('forge-pack-probe', pack.id, key, i)), request);
    list[i] = app;
  }
  return app;
}

/** True when some probe app of this pack request supports the family. */
export function canHost(family: TaskFamily, pack: Pack, request: PackRequest): boolean {
  let byPack = verdicts.get(family);
  if (!byPack) {
    byPack = new WeakMap();
    verdicts.set(family, byPack);
  }
  let byRequest = byPack.get(pack);
  if (!byRequest) {
    byRequest = new Map();
    byPack.set(pack, byRequest);
  }
  const key = requestKey(request);
  const known = byRequest.get(key);
  if (known !== undefined) return known;
  let verdict = false;
  for (let i = 0; i < probeApps && !verdict; i += 1)
    verdict = family.supports(probeApp(pack, request, i));
  byRequest.set(key, verdict);
  return verdict;
}
