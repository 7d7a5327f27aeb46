import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedRange, tempDir } from '../../test/helpers.js';
import { runEval } from '../loop/run-eval.js';
import { noisyPolicy } from '../policies/noisy-policy.js';
import { fromPolicy } from '../policy-under-test.js';
import { createTestTapEnv } from '../testing/test-tap-env.js';
import { testTapExpert } from '../testing/test-tap-expert.js';
import { metricDefs } from './metric-rows.js';
import { writeReport } from './write-report.js';

async function runTo(p: number): Promise<string> {
  const outDir = tempDir();
  const inner = fromPolicy(testTapExpert);
  const outcome = await runEval({
    createEnv: () => createTestTapEnv({ maxSteps: 8 }),
    policy: p === 0 ? inner : noisyPolicy(inner, p, 1),
    reference: testTapExpert,
    seeds: seedRange(9_000_000, 9_000_019),
    k: 1,
    runSeed: 1,
    outDir,
  });
  if (!outcome.success) throw outcome.error;
  return join(outDir, 'results.json');
}

describe('writeReport', () => {
  it('writes report.md and a self-contained report.html with a chart per metric and linked failing transcripts', async () => {
    const paths = [await runTo(0), await runTo(0.5)];
    const out = tempDir();
    const written = await writeReport(paths, out);
    if (!written.success) throw written.error;
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const def of metricDefs) expect(md).toContain(`## ${def.label}`);
    expect(md).toMatch(/\| #2 \| [\d.]+% \| \[[\d.]+%, [\d.]+%\] \| −[\d.]+ pt \|/);
    expect(md).toMatch(/episodes\.jsonl#L\d+/);
    expect(html.match(/<svg class="metric-chart"/g)?.length).toBe(metricDefs.length);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    const failing = written.value.runs[1]?.failing ?? [];
    expect(failing.length).toBeGreaterThan(0);
    for (const { episode } of failing) {
      expect(html).toContain(`href="#run1-ep${episode.index}"`);
      expect(html).toContain(`id="run1-ep${episode.index}"`);
    }
  });

  it('refuses a file that is not a results file', async () => {
    const written = await writeReport([join(tempDir(), 'missing.json')], tempDir());
    expect(written.success).toBe(false);
  });
});
