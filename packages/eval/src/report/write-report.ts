import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ForgeError, ok, type Result } from '@forge/spec';
import { writeAtomic } from '../results/files.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { type ReportRun, readReportRun } from './report-input.js';

/**
 * Compares runs: writes `report.md` and a self-contained `report.html` to
 * `outDir`. The first results file is the baseline for every delta.
 */
export async function writeReport(
  resultsPaths: readonly string[],
  outDir: string,
): Promise<
  Result<{ readonly files: readonly string[]; readonly runs: readonly ReportRun[] }, ForgeError>
> {
  const runs: ReportRun[] = [];
  for (const [i, path] of resultsPaths.entries()) {
    const run = await readReportRun(path, `#${i + 1}`);
    if (!run.success) return run;
    runs.push(run.value);
  }
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, 'report.md'), join(outDir, 'report.html')];
  await writeAtomic(files[0] as string, renderMarkdown(runs, outDir));
  await writeAtomic(files[1] as string, renderHtml(runs));
  return ok({ files, runs });
}
