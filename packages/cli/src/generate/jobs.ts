import { type Split, splits } from '@forge/spec';
import type { SeedPlan } from './seed-plan.js';
import type { Shard } from './shard.js';

/** A batch of consecutive seeds of one split: the unit of work for a worker. */
export interface Job {
  readonly split: Split;
  readonly start: number;
  readonly end: number;
}

/** Seeds per job: big enough to amortise messaging, small enough to keep workers balanced. */
export const jobSize = 64;

function totalEpisodes(plan: SeedPlan): number {
  return splits.reduce((sum, split) => sum + (plan[split].end - plan[split].start), 0);
}

/**
 * The slice of the run's episode sequence (train, then valid, test, eval,
 * each in seed order) that a shard owns. Shards take contiguous slices of
 * that one sequence, so their outputs concatenated in shard order are the
 * unsharded stream exactly, rejects and dedup order included.
 */
function shardSlice(plan: SeedPlan, shard: Shard): { from: number; to: number } {
  const total = totalEpisodes(plan);
  return {
    from: Math.floor((total * shard.index) / shard.count),
    to: Math.floor((total * (shard.index + 1)) / shard.count),
  };
}

/** The jobs of a run (or of one shard of it), in output order. */
export function* planJobs(plan: SeedPlan, shard: Shard): Generator<Job> {
  const { from, to } = shardSlice(plan, shard);
  let offset = 0;
  for (const split of splits) {
    const { start, end } = plan[split];
    // This split covers positions [offset, offset + size) of the sequence.
    const first = Math.max(start, start + (from - offset));
    const last = Math.min(end, start + (to - offset));
    for (let s = first; s < last; s += jobSize)
      yield { split, start: s, end: Math.min(last, s + jobSize) };
    offset += end - start;
  }
}

/** Episodes in a plan's shard. */
export function countEpisodes(plan: SeedPlan, shard: Shard): number {
  const { from, to } = shardSlice(plan, shard);
  return to - from;
}

/**
 * The split and seed of every episode of a plan's shard, in output order:
 * what the shard's episode stream must hold, line by line, for merge.
 */
export function* shardEpisodes(
  plan: SeedPlan,
  shard: Shard,
): Generator<{ readonly split: Split; readonly seed: number }> {
  for (const job of planJobs(plan, shard))
    for (let seed = job.start; seed < job.end; seed += 1) yield { split: job.split, seed };
}
