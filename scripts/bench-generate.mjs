#!/usr/bin/env node
// Benchmarks of the data factory, reported as figures (never asserted):
//   1. generate+validate without I/O, one worker: trajectories per second;
//   2. end to end with canonical + openai + sharegpt and 28 offered tools, on
//      the default worker count and on one worker per core: wall time, MB/s,
//      and the ratio to writing the same bytes to disk;
//   3. peak RSS of a long streamed run on one worker (FORGE_BENCH_RSS_N, default 100000;
//      set it to 1000000 for the full target).
// Sizes can be changed with FORGE_BENCH_N (default 2000) and FORGE_BENCH_E2E_N (default 10000).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'packages/cli/dist/bin.js');
const n = Number(process.env.FORGE_BENCH_N ?? 2000);
const e2eN = Number(process.env.FORGE_BENCH_E2E_N ?? 10000);
const rssN = Number(process.env.FORGE_BENCH_RSS_N ?? 100000);
const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function folderBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

// 1. In-process throughput, no I/O.
{
  const { createEpisodeMaker, defaultEpisodeConfig } = await import(
    join(root, 'packages/cli/dist/index.js')
  );
  const make = createEpisodeMaker({ ...defaultEpisodeConfig, offered: 28 });
  for (let seed = 0; seed < 200; seed += 1) make(seed, 'train');
  const start = performance.now();
  let accepted = 0;
  for (let seed = 1000; seed < 1000 + n; seed += 1)
    if (make(seed, 'train').kind === 'accepted') accepted += 1;
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `generate+validate, no I/O, 1 worker: ${fmt(n / seconds)} trajectories/s (${n} episodes, ${accepted} accepted, ${fmt(seconds, 2)} s)`,
  );
}

// 2. End to end versus raw disk writes of the same size: with the default
// worker count, and with one worker per core when that differs, to show what
// the core the default leaves to the main thread costs (on 2 cores, measured:
// 37.3 s with 1 worker, 36.1 s with 2, for 10,000 trajectories).
{
  const { defaultWorkers } = await import(join(root, 'packages/cli/dist/index.js'));
  const cores = availableParallelism();
  const counts = [...new Set([defaultWorkers(), cores])];
  for (const [i, workers] of counts.entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'forge-bench-'));
    const out = join(dir, 'data');
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        bin,
        'generate',
        '--n',
        String(e2eN),
        '--eval',
        '0',
        '--format',
        'openai,sharegpt',
        '--offered',
        '28',
        '--workers',
        String(workers),
        '--no-progress',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    const wall = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
    const bytes = folderBytes(out);
    const chunk = Buffer.alloc(1 << 20, 120);
    const target = join(dir, 'raw.bin');
    const rawStart = performance.now();
    const fd = openSync(target, 'w');
    for (let written = 0; written < bytes; written += chunk.length)
      writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
    fsyncSync(fd);
    closeSync(fd);
    const raw = (performance.now() - rawStart) / 1000;
    const which = workers === defaultWorkers() ? 'the default here' : `one per core of ${cores}`;
    console.log(
      `end to end, ${e2eN} trajectories, canonical+openai+sharegpt, 28 offered tools, ${workers} worker(s) (${which}): ${fmt(wall, 2)} s, ${fmt(bytes / 1e6, 1)} MB, ${fmt(bytes / 1e6 / wall, 1)} MB/s; ` +
        `raw write of the same bytes ${fmt(raw, 2)} s; ratio ${fmt(wall / raw, 1)}x`,
    );
    if (i === 0) {
      // The coverage and diversity targets, read from the same run's stats.json.
      const stats = JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
      const d = stats.diversity;
      console.log(
        `coverage and diversity of that run: tools ${stats.tools.used}/${stats.tools.catalog} (${stats.tools.percent}%), ` +
          `${Object.keys(stats.families).length} families, recovery ${stats.recovery.percent}%, ` +
          `${fmt(d.distinctScreens)} distinct screens, ${fmt(d.distinctTapPoints)} distinct tap points, ` +
          `${d.distinctRequestsPercent}% distinct requests, ${fmt(d.distinctApps)} apps; ` +
          `rejected ${stats.rejected.total} of ${stats.records.total + stats.rejected.total}`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// 3. Peak RSS of a long streamed run on one worker thread, measured inside the process that generates.
{
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-rss-'));
  const script = `
    const { main } = await import(${JSON.stringify(join(root, 'packages/cli/dist/index.js'))});
    const code = await main(['generate', '--n', '${rssN}', '--eval', '0', '--workers', '1', '--no-progress', '--out', ${JSON.stringify(join(dir, 'data'))}],
      { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: {}, cwd: process.cwd() });
    process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));`;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const wall = (performance.now() - start) / 1000;
  const { code, maxRssKb } = JSON.parse(result.stdout || '{}');
  if (code !== 0) throw new Error(`rss run failed: ${result.stderr}`);
  console.log(
    `peak RSS streaming ${fmt(rssN)} trajectories, 1 worker: ${fmt(maxRssKb / 1024, 1)} MiB = ${fmt((maxRssKb * 1024) / 1e6, 1)} MB (${fmt(wall, 1)} s)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
