import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import setup from '../test-temp-dir.js';

describe('the test run temporary folder', () => {
  it('is where this run writes its temporary folders', () => {
    // Set by the global setup in vitest.config.ts; without it tests wrote to the system temp folder.
    expect(basename(tmpdir())).toMatch(/^forge-test-run-/);
    const made = mkdtempSync(join(tmpdir(), 'probe-'));
    expect(dirname(made)).toBe(tmpdir());
  });

  it('is removed, with what is in it, at teardown, and the variables are restored', () => {
    const before = tmpdir();
    const teardown = setup();
    const run = tmpdir();
    expect(run).not.toBe(before);
    const inside = mkdtempSync(join(run, 'left-'));
    teardown();
    expect(existsSync(inside)).toBe(false);
    expect(existsSync(run)).toBe(false);
    expect(tmpdir()).toBe(before);
  });
});
