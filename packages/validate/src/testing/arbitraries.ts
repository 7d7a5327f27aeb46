import type { TrajectoryRecord } from '@forge/spec';
import fc from 'fast-check';
import type { Corruption } from '../corruptions/corruption.js';
import { corruptionNamed, corruptions } from '../corruptions/index.js';

/** A known-good trajectory for a seed, from whatever plays episodes (the expert, a script). */
export type TrajectorySource = (seed: number) => TrajectoryRecord;

/** Options of the trajectory arbitraries. */
export interface TrajectoryArbOptions {
  /** Largest seed drawn (default 1_000_000). Seeds shrink towards 0. */
  readonly maxSeed?: number;
}

/** A corrupted trajectory and how it was made, so a failure names its case. */
export interface CorruptedTrajectory {
  /** The seed the original came from (it may have moved past the drawn one; see below). */
  readonly seed: number;
  readonly original: TrajectoryRecord;
  readonly record: TrajectoryRecord;
  readonly corruption: string;
  readonly expectedCode: string;
  readonly place: number;
}

/** How many seeds past the drawn one to look for a record the operator applies to. */
const searchSpan = 64;

/** A valid trajectory: `source(seed)` for a drawn seed; counterexamples shrink the seed towards 0. */
export function validTrajectoryArb(
  source: TrajectorySource,
  options: TrajectoryArbOptions = {},
): fc.Arbitrary<TrajectoryRecord> {
  return fc.integer({ min: 0, max: options.maxSeed ?? 1_000_000 }).map(source);
}

/**
 * A corruption of a chosen kind (or any built-in kind) applied at a chosen
 * applicable place of a valid trajectory. When the operator applies nowhere
 * in the drawn seed's record, the next seeds are tried, up to 64. Built only
 * from `map` over integers, so the seed, the operator and the place all
 * shrink: a counterexample ends at the smallest seed and the first place
 * that still fail.
 */
export function corruptedTrajectoryArb(
  source: TrajectorySource,
  corruptionName?: string,
  options: TrajectoryArbOptions & { readonly corruptions?: readonly Corruption[] } = {},
): fc.Arbitrary<CorruptedTrajectory> {
  const pool = options.corruptions ?? corruptions;
  const chosen =
    corruptionName === undefined
      ? pool
      : [pool.find((c) => c.name === corruptionName) ?? corruptionNamed(corruptionName)];
  const ops = chosen.filter((c): c is Corruption => c !== undefined);
  if (ops.length === 0)
    throw new RangeError(
      `unknown corruption "${corruptionName}"; known: ${pool.map((c) => c.name).join(', ')}`,
    );
  return fc
    .tuple(
      fc.integer({ min: 0, max: options.maxSeed ?? 1_000_000 }),
      fc.nat(ops.length - 1),
      fc.nat(1000),
    )
    .map(([drawn, which, pick]) => {
      const op = ops[which % ops.length] as Corruption;
      for (let seed = drawn; seed < drawn + searchSpan; seed += 1) {
        const original = source(seed);
        const places = op.applicable(original);
        if (places.length === 0) continue;
        const place = places[pick % places.length] as number;
        return {
          seed,
          original,
          record: op.apply(original, place),
          corruption: op.name,
          expectedCode: op.expectedCode,
          place,
        };
      }
      throw new RangeError(
        `corruption "${op.name}" applies to no record for seeds ${drawn}..${drawn + searchSpan - 1}`,
      );
    });
}
