import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnv } from '@forge/gym';
import { describe, expect, it } from 'vitest';
import { seedRange, tempDir } from '../../test/helpers.js';
import { runEval } from '../loop/run-eval.js';
import { noisyPolicy } from '../policies/noisy-policy.js';
import { randomPolicy } from '../policies/random-policy.js';
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

  it('breaks success down per platform, pack and injected failure, and reads results that predate a breakdown', async () => {
    // The real gym schedules failures (injections) per seed; the test world has none.
    const outDir = tempDir();
    const outcome = await runEval({
      createEnv: () => createEnv(),
      policy: randomPolicy(0),
      seeds: seedRange(9_000_000, 9_000_029),
      k: 1,
      runSeed: 0,
      maxTurns: 3,
      outDir,
    });
    if (!outcome.success) throw outcome.error;
    const { metrics } = outcome.value.results;
    const kinds = Object.keys(metrics.byInjection ?? {});
    expect(kinds).toContain('none');
    expect(kinds.length).toBeGreaterThan(1);
    const none = metrics.byInjection?.none?.episodes ?? 0;
    const injected = kinds.filter((k) => k !== 'none');
    expect(none).toBeLessThan(metrics.overall.episodes);
    const older = join(tempDir(), 'results.json');
    const { byInjection: _dropped, ...oldMetrics } = metrics;
    writeFileSync(older, JSON.stringify({ ...outcome.value.results, metrics: oldMetrics }));
    const out = tempDir();
    const written = await writeReport([join(outDir, 'results.json'), older], out);
    if (!written.success) throw written.error;
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const title of ['family', 'platform', 'pack', 'injected failure']) {
      expect(md).toContain(`## Task success per ${title}`);
      expect(html).toContain(`<h2>Task success per ${title}</h2>`);
    }
    for (const platform of Object.keys(metrics.byPlatform))
      expect(md).toMatch(new RegExp(`\\| ${platform} \\| [\\d.]+% \\(n=\\d+\\) \\| [\\d.]+% `));
    // The older run has no injection breakdown: its column reads '-'.
    for (const kind of injected)
      expect(md).toMatch(new RegExp(`\\| ${kind} \\| [\\d.]+% \\(n=\\d+\\) \\| - \\|`));
  });

  it('refuses a file that is not a results file', async () => {
    const written = await writeReport([join(tempDir(), 'missing.json')], tempDir());
    expect(written.success).toBe(false);
  });
});
