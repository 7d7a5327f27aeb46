import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from './make-folder.js';

describe('makeFolder', () => {
  const base = mkdtempSync(join(tmpdir(), 'forge-make-folder-'));

  it('makes missing parents and accepts a folder that exists', async () => {
    const deep = join(base, 'a', 'b', 'c');
    const made = await makeFolder(deep);
    expect(made).toEqual({ success: true, value: deep });
    expect(statSync(deep).isDirectory()).toBe(true);
    expect((await makeFolder(deep)).success).toBe(true);
  });

  it('fails with FORGE_IO when a file is in the way', async () => {
    const file = join(base, 'file');
    writeFileSync(file, 'x');
    for (const path of [file, join(file, 'sub')]) {
      const made = await makeFolder(path);
      expect(made.success).toBe(false);
      if (!made.success) expect(made.error.code).toBe('FORGE_IO');
    }
  });

  // Node's recursive mkdir never settles here; this must fail, and fast.
  it.runIf(process.platform === 'linux')('fails under /proc instead of hanging', async () => {
    const made = await makeFolder('/proc/forge-cannot-exist/sub');
    expect(made.success).toBe(false);
    if (!made.success) expect(made.error.message).toContain('/proc/forge-cannot-exist');
  });
});
