import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test run makes goes under
 * one folder, removed when the run ends. The tests write real datasets and
 * reports under `os.tmpdir()` (one end-to-end generate is about 150 MB) and
 * each test cleaning up after itself was easy to forget: a day of test runs
 * left 7,000 folders and 34 GB in /tmp. The CLI processes the end-to-end
 * tests start inherit the variable, so their files land here too.
 */
export default function setup(): () => void {
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const run = mkdtempSync(join(tmpdir(), 'forge-test-run-'));
  // os.tmpdir() reads TMPDIR on POSIX and TMP/TEMP on Windows, at every call;
  // test workers start after this and inherit the environment.
  process.env.TMPDIR = run;
  process.env.TMP = run;
  process.env.TEMP = run;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(run, { recursive: true, force: true });
  };
}
