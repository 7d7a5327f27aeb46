import type { Platform } from '@forge/spec';
import type { Rng } from '../rng.js';
import type { AppKind, AppSpec } from '../world/model.js';

/** What a pack is asked to generate. */
export interface PackRequest {
  readonly platform: Platform;
  readonly kind: AppKind;
}

/**
 * An app archetype: data plus small functions that generate a different app
 * for every seed (names, vocabulary, depth, list lengths, layout, decoys).
 * A new pack needs no change to the kernel.
 */
export interface Pack {
  /** Stable id, recorded in `meta.pack`. */
  readonly id: string;
  readonly title: string;
  /** Held-out packs are never used for training data, only for eval. */
  readonly heldOut?: boolean;
  /** The platform/kind combinations it can generate. */
  readonly supports: readonly PackRequest[];
  /** A new app for this request; the same rng state gives the same app. */
  generate(rng: Rng, request: PackRequest): AppSpec;
}
