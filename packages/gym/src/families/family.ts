/**
 * A task family: a kind of job, sampled from a generated world, with a
 * success check decided from world state. Adding a family means writing one
 * of these and registering it; the kernel needs no change.
 */
import type { Difficulty, Platform, TaskParams } from '@forge/spec';
import type { Rng } from '../rng.js';
import type { AppKind, AppSpec } from '../world/model.js';
import type { World } from '../world/state.js';

/**
 * What a family sees when sampling. A family may also set up the starting
 * state its task is about (shut the AVD down for android-boot, post an
 * update notice, leave device servers active), through `world` only and
 * deterministically from its rng.
 */
export interface FamilyWorld {
  readonly world: World;
  /** The app the task is about. */
  readonly app: AppSpec;
  /** Index into `world.state.devices` of the device the task is about. */
  readonly device: number;
}

/** A sampled task, before the env adds ids and common params. */
export interface TaskSample {
  readonly goal: string;
  /** Family-specific params; `app` and `platform` are added by the env. */
  readonly params: TaskParams;
  readonly privileged: Readonly<Record<string, unknown>>;
  readonly difficulty: Difficulty;
  /** Success, decided from world state only. Must be cheap: it runs after every step. */
  check(world: World): boolean;
}

/** See `TaskFamily.preferredHost`. */
export interface PreferredHost {
  /** Chance, 0..1, that an episode of the family draws a preferred host. */
  readonly share: number;
  /** Where to look for one (default: the family's own platforms and kinds). */
  readonly platforms?: readonly Platform[];
  readonly kinds?: readonly AppKind[];
  /** Whether the app is a preferred host (it must also support the family). */
  supports(app: AppSpec): boolean;
}

/** A kind of task. */
export interface TaskFamily {
  /** Stable id, as in docs/families.md. */
  readonly id: string;
  /** Tools the family is designed to exercise. */
  readonly tools: readonly string[];
  /** Platforms and app kinds to ask packs for. */
  readonly platforms: readonly Platform[];
  readonly kinds: readonly AppKind[];
  /**
   * The task still makes sense when the app was left open on another
   * screen before the session (see world/warm-start): the env then starts
   * some of its episodes that way.
   */
  readonly warmStart?: boolean;
  /**
   * How often a seed without a family draws this one, relative to the
   * others (default 1). The short UI-free operational families use less,
   * so episodes that tap, type and navigate are not crowded out by 2–4 call
   * ones with little to learn.
   */
  readonly weight?: number;
  /**
   * Hosts a uniform draw reaches too rarely: the variant of the task that
   * exercises one of the family's tools may need a feature few apps have
   * (a rotatable map for gesture-rotate, a web slider for gesture-drag).
   * With chance `share`, the app is drawn among the hosts `supports` also
   * accepts, so that tool is not left with a handful of examples.
   */
  readonly preferredHost?: PreferredHost;
  /** Whether this generated app can host the family's task. */
  supports(app: AppSpec): boolean;
  /** A task in this world, or undefined when the app offers nothing suitable. */
  sample(rng: Rng, world: FamilyWorld): TaskSample | undefined;
}
