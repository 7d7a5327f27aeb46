import { ForgeError } from '@forge/spec';

/** One shard of a run: index `index` of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The task's index from the batch system, 0-based. Kubernetes indexes from
 * 0; a Slurm array may start anywhere and step (`--array=1-8`,
 * `--array=0-30:10`), so its task id is counted from SLURM_ARRAY_TASK_MIN in
 * steps of SLURM_ARRAY_TASK_STEP.
 */
function jobIndex(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.JOB_COMPLETION_INDEX !== undefined) return env.JOB_COMPLETION_INDEX;
  const id = env.SLURM_ARRAY_TASK_ID;
  if (id === undefined) return undefined;
  const min = env.SLURM_ARRAY_TASK_MIN ?? '0';
  const step = env.SLURM_ARRAY_TASK_STEP ?? '1';
  if (![id, min, step].every((v) => /^\d+$/.test(v)) || Number(step) === 0) return id;
  // A fraction or a negative stays visible: the range check below refuses it.
  return String((Number(id) - Number(min)) / Number(step));
}

/**
 * Reads the shard from `--shard i/k`, or from `--shard /k` (or
 * FORGE_SHARD_COUNT=k) with the index a batch system sets (a Kubernetes
 * indexed job's JOB_COMPLETION_INDEX, a Slurm array's SLURM_ARRAY_TASK_ID),
 * so the same command line runs unchanged in every task of the job. A job
 * index alone never shards a run: Slurm sets it in every array task, and a
 * seed sweep run as an array must get whole datasets.
 */
export function resolveShard(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Shard {
  const fromEnv = jobIndex(env);
  if (flag === undefined) {
    const count = env.FORGE_SHARD_COUNT;
    if (count === undefined || count === '') return { index: 0, count: 1 };
    if (fromEnv === undefined)
      throw new ForgeError(
        'FORGE_USAGE',
        `FORGE_SHARD_COUNT=${count} needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID for the shard index`,
      );
    // Number('abc') is NaN, which the range check would call "out of range".
    if (!/^\d+$/.test(count))
      throw new ForgeError(
        'FORGE_USAGE',
        `FORGE_SHARD_COUNT is "${count}", not a whole number of shards`,
      );
    return check(
      indexFromEnv(fromEnv),
      Number(count),
      `FORGE_SHARD_COUNT=${count} with job index ${fromEnv}`,
    );
  }
  const match = /^(\d*)\/(\d+)$/.exec(flag.trim());
  if (!match)
    throw new ForgeError(
      'FORGE_USAGE',
      `--shard must look like i/k (e.g. 0/4) or /k, got "${flag}"`,
    );
  if (match[1] !== '') return check(Number(match[1]), Number(match[2]), `--shard ${flag}`);
  if (fromEnv === undefined)
    throw new ForgeError(
      'FORGE_USAGE',
      `--shard ${flag} needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID`,
    );
  return check(
    indexFromEnv(fromEnv),
    Number(match[2]),
    `--shard ${flag} with job index ${fromEnv}`,
  );
}

/** The batch system's index as a number, refused by name when it is not a whole number. */
function indexFromEnv(text: string): number {
  if (!/^\d+$/.test(text))
    throw new ForgeError(
      'FORGE_USAGE',
      `the job index is "${text}", not a whole number (JOB_COMPLETION_INDEX, or SLURM_ARRAY_TASK_ID counted from SLURM_ARRAY_TASK_MIN by SLURM_ARRAY_TASK_STEP)`,
    );
  return Number(text);
}

/**
 * `text` names where the shard came from (the flag or the variable). Safe
 * integers only: past 2^53 a count prints as 1e+23 and names a folder merge
 * cannot read back.
 */
function check(index: number, count: number, text: string): Shard {
  if (
    !Number.isSafeInteger(index) ||
    !Number.isSafeInteger(count) ||
    count < 1 ||
    index < 0 ||
    index >= count
  ) {
    throw new ForgeError('FORGE_USAGE', `${text} is out of range: need 0 <= i < k`);
  }
  return { index, count };
}
