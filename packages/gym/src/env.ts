/**
 * The gym environment: `reset` builds a world and a task from a seed,
 * `step` runs one tool call through the catalog check and its transition.
 * Same seed and same calls give byte-identical results.
 */
import {
  type Catalog,
  defaultCatalog,
  type Env,
  type EnvSnapshot,
  ForgeError,
  type Platform,
  type ResetOptions,
  type ResetResult,
  type StepResult,
  type Task,
  type ToolCall,
} from '@forge/spec';
import type { TaskFamily } from './families/family.js';
import { createFamilyRegistry, defaultFamilies } from './families/registry.js';
import type { InjectionHooks, InjectionKind } from './inject/kinds.js';
import { planInjections } from './inject/plan.js';
import { clonePlain } from './internal/clone.js';
import { defaultPacks } from './packs/archetypes/index.js';
import type { Pack } from './packs/pack.js';
import { createRng, type Rng } from './rng.js';
import type { ToolHandlers } from './tools/context.js';
import { createDispatcher } from './tools/dispatch.js';
import { defaultToolHandlers } from './tools/index.js';
import { buildWorld } from './world/build-world.js';
import type { AppSpec } from './world/model.js';
import type { World } from './world/state.js';

/** Options of `createEnv`. */
export interface EnvOptions {
  /** Default: the 67-tool device toolkit. */
  readonly catalog?: Catalog;
  /** App archetype packs to generate apps from; the built-in packs by default. */
  readonly packs?: readonly Pack[];
  /** Task families to sample from. Default: every implemented family. */
  readonly families?: readonly TaskFamily[];
  /** Steps before `truncated` (default 40). */
  readonly maxSteps?: number;
  /** Transitions by tool name (default: every tool of the device toolkit). */
  readonly handlers?: ToolHandlers;
}

/** The gym's Env, with access to the episode's world for checks and tests. */
export interface GymEnv extends Env {
  /** The current world (read it; do not keep it across steps). */
  readonly world: World;
  /** The task of the current episode. */
  readonly task: Task;
}

interface Episode {
  world: World;
  task: Task;
  check: (world: World) => boolean;
  rng: Rng;
  seed: number;
  injections: readonly InjectionKind[];
  steps: number;
  succeeded: boolean;
}

interface Snapshot extends EnvSnapshot {
  readonly episode: Episode;
  readonly rngState: readonly number[];
}

const maxAttempts = 12;

/** Creates a gym environment. */
export function createEnv(options: EnvOptions = {}): GymEnv {
  const catalog = options.catalog ?? defaultCatalog();
  const packs = options.packs ?? defaultPacks;
  const registry = createFamilyRegistry(options.families ?? defaultFamilies);
  const maxSteps = options.maxSteps ?? 40;
  const dispatcher = createDispatcher(catalog, options.handlers ?? defaultToolHandlers);
  let episode: Episode | undefined;
  let firedThisStep: string | undefined;

  const hooks: InjectionHooks = {
    fire(kind) {
      const e = current();
      const entry = e.world.state.injections.find((i) => i.kind === kind && !i.fired);
      if (!entry) return false;
      entry.fired = true;
      entry.firedAtStep = e.steps;
      firedThisStep ??= kind;
      return true;
    },
  };

  function current(): Episode {
    if (!episode)
      throw new ForgeError(
        'FORGE_USAGE',
        'call env.reset({ seed }) before stepping the environment',
      );
    return episode;
  }

  function generateApp(rng: Rng, family: TaskFamily, opts: ResetOptions): AppSpec {
    const pool = packs.filter((p) => (opts.pack === undefined ? !p.heldOut : p.id === opts.pack));
    const requests = pool.flatMap((pack) =>
      pack.supports
        .filter((r) => family.platforms.includes(r.platform) && family.kinds.includes(r.kind))
        .filter((r) => opts.platform === undefined || r.platform === opts.platform)
        .map((request) => ({ pack, request })),
    );
    if (requests.length === 0) {
      throw new ForgeError(
        'FORGE_USAGE',
        `no pack can generate an app for family "${family.id}"${opts.platform ? ` on ${opts.platform}` : ''}${opts.pack ? ` in pack "${opts.pack}"` : ''}`,
      );
    }
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const { pack, request } = rng.pick(requests);
      const app = pack.generate(rng.fork(`app-${attempt}`), request);
      if (opts.app !== undefined && app.id !== opts.app && app.name !== opts.app) continue;
      if (family.supports(app)) return app;
    }
    throw new ForgeError(
      'FORGE_USAGE',
      `no generated app supports family "${family.id}" after ${maxAttempts} attempts (seed ${opts.seed})`,
    );
  }

  const env: GymEnv = {
    catalog,
    tools: catalog.tools,
    get world() {
      return current().world;
    },
    get task() {
      return current().task;
    },
    reset(opts: ResetOptions): ResetResult {
      const rng = createRng(opts.seed);
      const family =
        opts.family === undefined ? rng.pick(registry.families) : registry.get(opts.family);
      if (!family) throw new ForgeError('FORGE_USAGE', `unknown task family "${opts.family}"`);
      const app = generateApp(rng, family, opts);
      const injections = planInjections(rng.fork('inject'), opts.injections, {
        platform: app.platform,
        kind: app.kind,
        family: family.id,
      });
      const { world, device } = buildWorld(rng.fork('world'), {
        app,
        unbooted: injections.includes('boot-timeout'),
      });
      world.state.injections = injections.map((kind) => ({ kind, fired: false, firedAtStep: -1 }));
      const sample = family.sample(rng.fork('task'), { world, app, device });
      if (!sample)
        throw new ForgeError(
          'FORGE_USAGE',
          `family "${family.id}" found no task in app ${app.id} (seed ${opts.seed})`,
        );
      const d = world.state.devices[device];
      const platform: Platform = app.platform;
      const task: Task = {
        id: `${family.id}/${platform}/${opts.seed}`,
        family: family.id,
        platform,
        pack: app.pack,
        app: app.name,
        difficulty: sample.difficulty,
        goal: sample.goal,
        params: { app: app.name, platform, ...sample.params },
        privileged: {
          ...sample.privileged,
          appId: app.id,
          udid: d?.udid ?? '',
          deviceName: d?.name ?? '',
          avd: d?.avd ?? null,
          booted: d?.booted ?? false,
        },
      };
      episode = {
        world,
        task,
        check: sample.check,
        rng,
        seed: opts.seed,
        injections,
        steps: 0,
        succeeded: false,
      };
      const n = world.state.devices.length;
      return {
        task,
        observation: `Session ready: ${n} device${n === 1 ? '' : 's'} attached. No tool has been called yet.`,
        info: { seed: opts.seed, injections, clockMs: 0 },
      };
    },
    step(call: ToolCall): StepResult {
      const e = current();
      e.steps += 1;
      e.world.state.step = e.steps;
      firedThisStep = undefined;
      const result = dispatcher.dispatch(e.world, hooks, call.name, call.arguments);
      const success = e.check(e.world);
      const reward = success && !e.succeeded ? 1 : 0;
      if (success) e.succeeded = true;
      const info =
        firedThisStep === undefined
          ? { clockMs: e.world.state.clockMs, success }
          : { clockMs: e.world.state.clockMs, success, injected: firedThisStep };
      return { result, reward, terminated: success, truncated: e.steps >= maxSteps, info };
    },
    isSuccess: () => {
      const e = current();
      return e.check(e.world);
    },
    snapshot(): EnvSnapshot {
      const e = current();
      const copy: Episode = {
        ...e,
        world: { apps: e.world.apps, state: clonePlain(e.world.state) },
      };
      const snap: Snapshot = { __forgeEnvSnapshot: true, episode: copy, rngState: e.rng.state() };
      return snap;
    },
    restore(snapshot: EnvSnapshot): void {
      const snap = snapshot as Snapshot;
      if (!snap.episode) throw new ForgeError('FORGE_USAGE', 'not a snapshot of this environment');
      const e = snap.episode;
      episode = {
        ...e,
        world: { apps: e.world.apps, state: clonePlain(e.world.state) },
        rng: createRng(e.seed, snap.rngState),
      };
    },
  };
  return env;
}
