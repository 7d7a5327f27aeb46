import { createRng } from '../../rng.js';
import type { AppSpec } from '../../world/model.js';
import type { Pack, PackRequest } from '../pack.js';
import { defaultPacks } from './index.js';

/** Every (pack, request) pair the default packs claim to support. */
export const packRequests: readonly { readonly pack: Pack; readonly request: PackRequest }[] =
  defaultPacks.flatMap((pack) => pack.supports.map((request) => ({ pack, request })));

/** The app a pack generates for a seed. */
export function appFor(pack: Pack, request: PackRequest, seed: number): AppSpec {
  return pack.generate(createRng(seed), request);
}

/** Apps of one pack over `seeds` seeds, cycling its supported requests. */
export function appsOf(pack: Pack, seeds: number): AppSpec[] {
  return Array.from({ length: seeds }, (_, seed) => {
    const request = pack.supports[seed % pack.supports.length] as PackRequest;
    return appFor(pack, request, seed);
  });
}
