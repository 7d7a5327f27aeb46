import type { SinkResult } from './sink.js';

/**
 * The closing line of a finished dataset, on stdout. One function for
 * generate and merge: a merged dataset is byte-identical to an unsharded
 * run, and its summary should read the same too.
 */
export function summaryLine(outDir: string, result: SinkResult): string {
  const a = result.accepted;
  return (
    `${outDir}: train ${a.train}, valid ${a.valid}, test ${a.test}, eval ${a.eval}, rejected ${result.rejected} (near-duplicates ${result.dedup.removed}); ` +
    `tools ${result.stats.tools.used}/${result.stats.tools.catalog}\n`
  );
}
