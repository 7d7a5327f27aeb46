/**
 * Choosing the pack and generating the app of an episode. Only pack
 * requests that can host the family are drawn (see pack-probe), and
 * generated apps are memoized by pack, request and app seed, so a replay
 * that resets the same seed again does not generate its app twice.
 */
import { ForgeError, type ResetOptions } from '@forge/spec';
import type { TaskFamily } from '../families/family.js';
import type { Pack, PackRequest } from '../packs/pack.js';
import { createRng, deriveSeed, type Rng } from '../rng.js';
import type { AppSpec } from '../world/model.js';
import { canHost } from './pack-probe.js';

/** A pack and one request it can serve. */
interface Candidate {
  readonly pack: Pack;
  readonly request: PackRequest;
}

/** Draws the app of an episode from the episode's rng. */
export type AppSource = (rng: Rng, family: TaskFamily, opts: ResetOptions) => AppSpec;

/** Random draws before the ordered sweep over every candidate. */
const maxAttempts = 24;
/**
 * Apps remembered per pack: a replay resets right after its episode, so a
 * few suffice (an app is about 46 KB of heap; 32 per pack held 20 MB).
 */
const memoSize = 4;

const memo = new WeakMap<Pack, Map<string, AppSpec>>();
const supported = new WeakMap<AppSpec, Map<TaskFamily, boolean>>();

/** `family.supports(app)`, asked once per app: a replayed or pooled app is checked again for free. */
function supports(family: TaskFamily, app: AppSpec): boolean {
  let byFamily = supported.get(app);
  if (!byFamily) {
    byFamily = new Map();
    supported.set(app, byFamily);
  }
  let verdict = byFamily.get(family);
  if (verdict === undefined) {
    verdict = family.supports(app);
    byFamily.set(family, verdict);
  }
  return verdict;
}

/**
 * The app a pack generates from this seed, generated at most once while it
 * stays in the memo (the oldest entry goes when the pack holds `capacity`).
 */
function generate(pack: Pack, request: PackRequest, seed: number, capacity: number): AppSpec {
  let apps = memo.get(pack);
  if (!apps) {
    apps = new Map();
    memo.set(pack, apps);
  }
  const key = `${request.platform}/${request.kind}/${seed}`;
  const hit = apps.get(key);
  if (hit) return hit;
  const app = pack.generate(createRng(seed), request);
  if (apps.size >= capacity) {
    const oldest = apps.keys().next().value;
    if (oldest !== undefined) apps.delete(oldest);
  }
  apps.set(key, app);
  return app;
}

const preferredFamilies = new WeakMap<TaskFamily, TaskFamily>();

/**
 * The family restricted to its preferred hosts (see `TaskFamily.preferredHost`),
 * one object per family so the probe and `supports` caches keyed by family
 * hold for it too; undefined when the family prefers none.
 */
export function preferredFamily(family: TaskFamily): TaskFamily | undefined {
  const host = family.preferredHost;
  if (host === undefined) return undefined;
  let derived = preferredFamilies.get(family);
  if (derived === undefined) {
    const { preferredHost: _, ...rest } = family;
    derived = {
      ...rest,
      id: `${family.id}#preferred-host`,
      platforms: host.platforms ?? family.platforms,
      kinds: host.kinds ?? family.kinds,
      supports: (app) => family.supports(app) && host.supports(app),
    };
    preferredFamilies.set(family, derived);
  }
  return derived;
}

/**
 * The seed `rng.fork(label)` would give its child. Reset's rng is created
 * from the episode seed, so this draws exactly what the fork would and the
 * app stream stays as before, while the seed can key the memo.
 */
function childSeed(rng: Rng, episodeSeed: number, label: string): number {
  return deriveSeed(episodeSeed, label, rng.int(0, 0x7fffffff));
}

/**
 * An app source over these packs. With a `pool`, app seeds come from `pool`
 * slots per pack request (the memo keeps them all), so apps repeat across
 * episodes; the episode rng is drawn from exactly as without one.
 * `families` are the env's families, probed together (see pack-probe).
 */
export function createAppSource(
  packs: readonly Pack[],
  pool?: number,
  families: readonly TaskFamily[] = [],
): AppSource {
  if (pool !== undefined && !(Number.isInteger(pool) && pool > 0)) {
    throw new ForgeError('FORGE_USAGE', `appPool must be a positive integer, got ${pool}`);
  }
  const capacity = (pack: Pack): number =>
    pool === undefined ? memoSize : Math.max(memoSize, pool * pack.supports.length);
  const seedFor = (rng: Rng, episodeSeed: number, label: string): number => {
    if (pool === undefined) return childSeed(rng, episodeSeed, label);
    return deriveSeed('app-pool', rng.int(0, 0x7fffffff) % pool);
  };
  // Preferred-host variants are probed with the families, on the same probe apps.
  const company = [...families, ...families.flatMap((f) => preferredFamily(f) ?? [])];
  const lists = new WeakMap<TaskFamily, Map<string, { all: Candidate[]; able: Candidate[] }>>();

  function candidates(family: TaskFamily, opts: ResetOptions) {
    let byOpts = lists.get(family);
    if (!byOpts) {
      byOpts = new Map();
      lists.set(family, byOpts);
    }
    const key = `${opts.platform ?? ''}|${opts.pack ?? ''}`;
    const known = byOpts.get(key);
    if (known) return known;
    const pool = packs.filter((p) => (opts.pack === undefined ? !p.heldOut : p.id === opts.pack));
    const all = pool.flatMap((pack) =>
      pack.supports
        .filter((r) => family.platforms.includes(r.platform) && family.kinds.includes(r.kind))
        .filter((r) => opts.platform === undefined || r.platform === opts.platform)
        .map((request) => ({ pack, request })),
    );
    const able = all.filter(({ pack, request }) => canHost(family, pack, request, company));
    const entry = { all, able };
    byOpts.set(key, entry);
    return entry;
  }

  /** An app of `family` drawn from the episode's rng, or undefined when no candidate fits. */
  function draw(rng: Rng, family: TaskFamily, opts: ResetOptions): AppSpec | undefined {
    const { all, able } = candidates(family, opts);
    const fits = (app: AppSpec): boolean =>
      (opts.app === undefined || app.id === opts.app || app.name === opts.app) &&
      supports(family, app);
    // No probe app could host the family: skip the random draws, the sweep below still decides.
    const draws = able.length > 0 ? maxAttempts : 0;
    for (let attempt = 0; attempt < draws; attempt += 1) {
      const { pack, request } = rng.pick(able);
      const app = generate(
        pack,
        request,
        seedFor(rng, opts.seed, `app-${attempt}`),
        capacity(pack),
      );
      if (fits(app)) return app;
    }
    // A feature so rare that random draws keep missing it: try every candidate once, in order.
    for (const [i, { pack, request }] of all.entries()) {
      const app = generate(
        pack,
        request,
        seedFor(rng, opts.seed, `app-fallback-${i}`),
        capacity(pack),
      );
      if (fits(app)) return app;
    }
    return undefined;
  }

  return (rng, family, opts) => {
    const preferred = preferredFamily(family);
    // The coin has its own seed: an episode that does not prefer draws
    // exactly the app it drew before families could prefer hosts.
    if (
      preferred !== undefined &&
      createRng(deriveSeed(opts.seed, 'preferred-host', family.id)).chance(
        family.preferredHost?.share ?? 0,
      )
    ) {
      const app = draw(rng, preferred, opts);
      if (app) return app;
    }
    const { all, able } = candidates(family, opts);
    if (all.length === 0) {
      throw new ForgeError(
        'FORGE_USAGE',
        `no pack can generate an app for family "${family.id}"${opts.platform ? ` on ${opts.platform}` : ''}${opts.pack ? ` in pack "${opts.pack}"` : ''}`,
      );
    }
    const app = draw(rng, family, opts);
    if (app) return app;
    const draws = able.length > 0 ? maxAttempts : 0;
    throw new ForgeError(
      'FORGE_USAGE',
      `no generated app supports family "${family.id}" after ${draws + all.length} attempts (seed ${opts.seed})`,
    );
  };
}
