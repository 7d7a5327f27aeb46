import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `forge` binary, as a user runs it. */
export const forgeBin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Runs the built binary in `cwd` and returns its exit status and output. */
export const runForge = (args: readonly string[], cwd: string) =>
  spawnSync(process.execPath, [forgeBin, ...args], { encoding: 'utf8', cwd });

/** Every line of a JSONL file, parsed. */
export const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
