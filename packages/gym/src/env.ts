/**
 * The gym environment: `reset` builds a world and a task from a seed,
 * `step` runs one tool call through the catalog check and its transition.
 * Same seed and same calls give byte-identical results.
 */
import {
  type Catalog,
  defaultCatalog,
  defaultMaxSteps,
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
import { noFamilyServedText, servedFamilies, type UnservedFamily } from './families/served.js';
import type { InjectionHooks, InjectionKind } from './inject/kinds.js';
import { planInjections } from './inject/plan.js';
import { createAppSource } from './internal/app-source.js';
import { clonePlain } from './internal/clone.js';
import { defaultPacks } from './packs/archetypes/index.js';
import type { Pack } from './packs/pack.js';
import { createRng, deriveSeed, type Rng } from './rng.js';
import type { ToolHandlers } from './tools/context.js';
import { createDispatcher } from './tools/dispatch.js';
import { defaultToolHandlers } from './tools/index.js';
import { buildWorld } from './world/build-world.js';
import type { AppSpec } from './world/model.js';
import type { World } from './world/state.js';
import { warmStart, warmStartChance } from './world/warm-start.js';

/** Options of `createEnv`. */
export interface EnvOptions {
  /** Default: the 67-tool device toolkit. */
  readonly catalog?: Catalog;
  /** App archetype packs to generate apps from; the built-in packs by default. */
  readonly packs?: readonly Pack[];
  /**
   * Task families to sample from. Default: every implemented family. A
   * family whose `tools` the catalog lacks is left out (see
   * `unservedFamilies`); a catalog that serves none is an error.
   */
  readonly families?: readonly TaskFamily[];
  /** Steps before `truncated` (default `defaultMaxSteps` from spec, 60). */
  readonly maxSteps?: number;
  /** Transitions by tool name (default: every tool of the device toolkit). */
  readonly handlers?: ToolHandlers;
  /**
   * Draw each episode's app from this many app seeds per pack request,
   * generated once and kept in memory, instead of a fresh app per episode:
   * resets become several times faster, at the cost of app diversity (at
   * most `appPool` apps per pack request) and memory. Default: a fresh app
   * for every seed.
   */
  readonly appPool?: number;
}

/** The gym's Env, with access to the episode's world for checks and tests. */
export interface GymEnv extends Env {
  /** The current world (read it; do not keep it across steps). */
  readonly world: World;
  /** The task of the current episode. */
  readonly task: Task;
  /** Families left out because the catalog lacks tools they exercise (empty with the full toolkit). */
  readonly unservedFamilies: readonly UnservedFamily[];
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

/** Creates a gym environment. */
export function createEnv(options: EnvOptions = {}): GymEnv {
  const catalog = options.catalog ?? defaultCatalog();
  const packs = options.packs ?? defaultPacks;
  const { served, unserved } = servedFamilies(options.families ?? defaultFamilies, catalog);
  if (served.length === 0) throw new ForgeError('FORGE_USAGE', noFamilyServedText(unserved));
  const registry = createFamilyRegistry(served);
  const maxSteps = options.maxSteps ?? defaultMaxSteps;
  const dispatcher = createDispatcher(catalog, options.handlers ?? defaultToolHandlers);
  const generateApp = createAppSource(packs, options.appPool, registry.families);
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

  /**
   * [families] The family asked for, or one drawn at random. A drawn family
   * that no app of the pack pool can host (pinch-zoom needs a map, which a
   * test pack may not have) gives way to the next one in registry order, so
   * a seed without a family always yields an episode. Families are drawn
   * by their `weight` (1 unless the family says otherwise).
   */
  function drawTask(rng: Rng, opts: ResetOptions): { family: TaskFamily; app: AppSpec } {
    if (opts.family !== undefined) {
      const family = registry.get(opts.family);
      if (!family) {
        const left = unserved.find((u) => u.id === opts.family);
        throw new ForgeError(
          'FORGE_USAGE',
          left
            ? `task family "${opts.family}" needs tools the catalog lacks: ${left.missing.join(', ')}`
            : `unknown task family "${opts.family}"`,
        );
      }
      return { family, app: generateApp(rng, family, opts) };
    }
    const families = registry.families;
    const start = weightedIndex(rng, families);
    let failure: unknown;
    for (let i = 0; i < families.length; i += 1) {
      const family = families[(start + i) % families.length] as TaskFamily;
      try {
        return { family, app: generateApp(rng, family, opts) };
      } catch (e) {
        failure ??= e;
      }
    }
    throw failure;
  }

  const env: GymEnv = {
    catalog,
    tools: catalog.tools,
    unservedFamilies: unserved,
    get world() {
      return current().world;
    },
    get task() {
      return current().task;
    },
    reset(opts: ResetOptions): ResetResult {
      const rng = createRng(opts.seed);
      const { family, app } = drawTask(rng, opts);
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
      // From its own seed, so every draw above stays what it was without warm starts.
      if (family.warmStart === true) {
        const warm = createRng(deriveSeed(opts.seed, 'warm-start'));
        if (warm.chance(warmStartChance)) warmStart(warm, world, device, app, sample.check);
      }
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
          // What a developer knows of their own project: the app's kind and
          // the port its Metro serves on (a teacher fact, never coordinates).
          appKind: app.kind,
          ...(app.runtime ? { metroPort: app.runtime.metroPort } : {}),
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

/** An index drawn in proportion to the families' weights (1 unless set), with one draw as `pick` makes. */
export function weightedIndex(rng: Rng, families: readonly TaskFamily[]): number {
  let total = 0;
  for (const f of families) total += f.weight ?? 1;
  let r = rng.float() * total;
  for (let i = 0; i < families.length; i += 1) {
    r -= (families[i] as TaskFamily).weight ?? 1;
    if (r < 0) return i;
  }
  return families.length - 1;
}
