import type { TrajectoryRecord } from '@forge/spec';
import fc from 'fast-check';
import type { Corruption } from '../corruptions/corruption.js';
import { corruptionNamed, corruptions } from '../corruptions/index.js';

/** A known-good trajectory for a seed, from whatever plays episodes (the expert, a script). */
export type TrajectorySource = (seed: number) => TrajectoryRecord;

/** Options of the trajectory arbitraries. */
export interface TrajectoryArbOptions {
  /** Largest seed drawn (default 1_000_000). Seeds shrink towards shorter records, then 0. */
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

/**
 * How many seeds past the drawn one to look for a record the operator
 * applies to. The search stops at the first, so a long span costs nothing
 * for common operators; rare ones (wrong-platform needs a swipe or a
 * scroll, a few percent of records) once missed all of 64 seeds.
 */
const searchSpan = 1024;

/** Seeds whose records a shrinking counterexample compares itself with, shortest first. */
const shrinkScan = 32;

/** Records already built per source, so shrinking does not play an episode twice. */
const built = new WeakMap<TrajectorySource, Map<number, TrajectoryRecord>>();

function recordOf(source: TrajectorySource, seed: number): TrajectoryRecord {
  let cache = built.get(source);
  if (!cache) {
    cache = new Map();
    built.set(source, cache);
  }
  let record = cache.get(seed);
  if (!record) {
    record = source(seed);
    // Bounded: a run of thousands of seeds keeps only the recent ones.
    if (cache.size >= 256) cache.delete(cache.keys().next().value as number);
    cache.set(seed, record);
  }
  return record;
}

/**
 * Seeds that shrink towards shorter trajectories. A failing seed gives way
 * first to the seeds of 0..31 whose record is shorter (shortest first),
 * then to fast-check's own integer shrinks; a candidate is taken only when
 * it comes before the current seed in (record length, seed), so shrinking
 * ends. A counterexample therefore ends at the shortest failing record of
 * the first 32 seeds when one of them fails, and otherwise at a seed no
 * shorter or smaller candidate beats. `size` is the length of the record a
 * seed stands for, `Infinity` when it stands for none.
 */
class SeedArbitrary extends fc.Arbitrary<number> {
  private readonly base: fc.Arbitrary<number>;
  private readonly sizes = new Map<number, number>();
  private scan: number[] | undefined;

  constructor(
    private readonly max: number,
    private readonly size: (seed: number) => number,
  ) {
    super();
    this.base = fc.integer({ min: 0, max });
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<number> {
    return new fc.Value(this.base.generate(mrng, biasFactor).value, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= this.max;
  }

  shrink(seed: number): fc.Stream<fc.Value<number>> {
    const candidates = function* (self: SeedArbitrary) {
      yield* self.scanOrder();
      for (const v of self.base.shrink(seed, undefined)) yield v.value;
    };
    return new fc.Stream(candidates(this))
      .filter((s) => s !== seed && this.before(s, seed))
      .map((s) => new fc.Value(s, undefined));
  }

  private sizeOf(seed: number): number {
    let n = this.sizes.get(seed);
    if (n === undefined) {
      n = this.size(seed);
      this.sizes.set(seed, n);
    }
    return n;
  }

  private before(a: number, b: number): boolean {
    const [sa, sb] = [this.sizeOf(a), this.sizeOf(b)];
    return sa < sb || (sa === sb && a < b);
  }

  private scanOrder(): number[] {
    this.scan ??= Array.from({ length: Math.min(shrinkScan, this.max + 1) }, (_, s) => s)
      .filter((s) => Number.isFinite(this.sizeOf(s)))
      .sort((a, b) => this.sizeOf(a) - this.sizeOf(b) || a - b);
    return this.scan;
  }
}

/**
 * A valid trajectory: `source(seed)` for a drawn seed. A counterexample
 * shrinks towards the shortest trajectory (see the seeds' shrinking above),
 * then the smallest seed.
 */
export function validTrajectoryArb(
  source: TrajectorySource,
  options: TrajectoryArbOptions = {},
): fc.Arbitrary<TrajectoryRecord> {
  const seeds = new SeedArbitrary(
    options.maxSeed ?? 1_000_000,
    (seed) => recordOf(source, seed).messages.length,
  );
  return seeds.map((seed) => recordOf(source, seed));
}

/** The first seed from `drawn` on whose record the operator applies, within the search span. */
function applyingSeed(source: TrajectorySource, op: Corruption, drawn: number): number | undefined {
  for (let seed = drawn; seed < drawn + searchSpan; seed += 1) {
    if (op.applicable(recordOf(source, seed)).length > 0) return seed;
  }
  return undefined;
}

/** Corruptions by one operator; shrinking keeps the operator. */
function corruptedBy(
  source: TrajectorySource,
  op: Corruption,
  maxSeed: number,
): fc.Arbitrary<CorruptedTrajectory> {
  const seeds = new SeedArbitrary(maxSeed, (drawn) => {
    const seed = applyingSeed(source, op, drawn);
    return seed === undefined ? Number.POSITIVE_INFINITY : recordOf(source, seed).messages.length;
  });
  return fc.tuple(seeds, fc.nat(1000)).map(([drawn, pick]) => {
    const seed = applyingSeed(source, op, drawn);
    if (seed === undefined)
      throw new RangeError(
        `corruption "${op.name}" applies to no record for seeds ${drawn}..${drawn + searchSpan - 1}`,
      );
    const original = recordOf(source, seed);
    const places = op.applicable(original);
    const place = places[pick % places.length] as number;
    return {
      seed,
      original,
      record: op.apply(original, place),
      corruption: op.name,
      expectedCode: op.expectedCode,
      place,
    };
  });
}

/**
 * A corruption of a chosen kind (or any built-in kind) applied at a chosen
 * applicable place of a valid trajectory. When the operator applies nowhere
 * in the drawn seed's record, the next seeds are tried, up to 1024. A
 * counterexample keeps its operator and shrinks towards the shortest
 * trajectory the operator applies to (see the seeds' shrinking above), then
 * to the first place.
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
  const maxSeed = options.maxSeed ?? 1_000_000;
  const arbs = ops.map((op) => corruptedBy(source, op, maxSeed));
  return arbs.length === 1 ? (arbs[0] as fc.Arbitrary<CorruptedTrajectory>) : fc.oneof(...arbs);
}
