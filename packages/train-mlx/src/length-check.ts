import type { SplitReport } from './prepare-data.js';

/** Why a prepared dataset cannot be trained as asked. */
export interface ReadinessProblem {
  readonly kind: 'truncation' | 'too-few-examples';
  /** One line for a terminal, naming the fix. */
  readonly message: string;
}

/** What the check needs to know about the run. */
export interface ReadinessLimits {
  readonly maxSeqLength: number;
  readonly batchSize: number;
  readonly allowTruncation: boolean;
}

/**
 * Checks the converted splits against the run's limits before any GPU time
 * is spent. mlx-lm truncates long sequences with only a warning (the cut-off
 * part, often the answer, is simply not learned) and fails late when a split
 * has fewer examples than the batch size; both are caught here.
 */
export function checkReadiness(
  splits: readonly SplitReport[],
  limits: ReadinessLimits,
): { readonly problems: readonly ReadinessProblem[]; readonly warnings: readonly string[] } {
  const problems: ReadinessProblem[] = [];
  const warnings: string[] = [];
  for (const split of splits) {
    if ((split.split === 'train' || split.split === 'valid') && split.examples < limits.batchSize)
      problems.push({
        kind: 'too-few-examples',
        message: `${split.split} has ${split.examples} examples but --batch-size is ${limits.batchSize}; generate more data or lower --batch-size`,
      });
  }
  const skipped = splits.reduce((n, s) => n + s.skipped, 0);
  if (skipped > 0)
    warnings.push(
      `${skipped} examples longer than max_seq_length ${limits.maxSeqLength} were left out (--skip-long)`,
    );
  const tooLong = splits.filter((s) => s.tooLong > 0);
  if (tooLong.length > 0) {
    const total = splits.reduce((n, s) => n + s.examples, 0);
    const count = tooLong.reduce((n, s) => n + s.tooLong, 0);
    const longest = tooLong.reduce((a, b) => (b.maxTokens > a.maxTokens ? b : a));
    const where = longest.longestId === undefined ? '' : ` in ${longest.longestId}`;
    const summary = `${count} of ${total} examples exceed max_seq_length ${limits.maxSeqLength} (estimated; longest ~${longest.maxTokens} tokens${where})`;
    if (limits.allowTruncation) warnings.push(`${summary}; mlx-lm will truncate them`);
    else
      problems.push({
        kind: 'truncation',
        message: `${summary} and would be truncated; raise --max-seq-length, shorten the system prompt (generate with the compact system prompt or fewer --offered tools), leave them out with --skip-long, or pass --allow-truncation`,
      });
  }
  return { problems, warnings };
}
