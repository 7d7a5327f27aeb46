import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('forge catalog (built binary)', () => {
  it('summarises the built-in catalog', () => {
    const out = execFileSync(process.execPath, [bin, 'catalog'], { encoding: 'utf8' });
    expect(out).toContain('tools: 67');
    expect(out).toMatch(/gesture-tap\s+\[ios,android,chromium\]\s+required: udid, x, y/);
  });

  it('prints JSON with --json', () => {
    const result = run(['catalog', '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.tools).toBe(67);
    expect(summary.platforms.unknown).toBe(0);
  });

  it('exits 2 with a one-line located error for an invalid catalog', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'a', description: 'first', inputSchema: { type: 'object' } },
        { name: 'a', description: 'again', inputSchema: { type: 'object' } },
      ]),
    );
    const result = run(['catalog', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('FORGE_CATALOG_DUPLICATE');
    expect(result.stderr).toContain(`${file}: tools[1] (a)`);
  });

  it('exits 2 on a missing file and on an unknown flag', () => {
    expect(run(['catalog', '/nonexistent/catalog.json']).status).toBe(2);
    const flag = run(['catalog', '--jsn']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('FORGE_USAGE');
    expect(run(['frobnicate']).status).toBe(2);
  });
});
