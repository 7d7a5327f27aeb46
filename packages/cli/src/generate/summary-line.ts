import { join } from 'node:path';
import { splits } from '@forge/spec';
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

/**
 * The warning for a dataset whose every episode was rejected (a catalog
 * without list-devices, say), naming the commonest reasons; undefined when
 * any record was kept or there was nothing to play. Such a run still
 * writes its files, rejects.jsonl included, but exits 1: a script that
 * trains on the folder next should not go on with empty splits.
 */
export function nothingKeptLine(outDir: string, result: SinkResult): string | undefined {
  const kept = splits.reduce((sum, split) => sum + result.accepted[split], 0);
  if (kept > 0 || result.rejected === 0) return undefined;
  const top = Object.entries(result.stats.rejected.byCode)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 3)
    .map(([code, count]) => `${code} ×${count}`)
    .join(', ');
  return `every episode was rejected (${top}); the reasons are in ${join(outDir, 'rejects.jsonl')}\n`;
}
