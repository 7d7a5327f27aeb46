import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../check-boundaries.mjs', import.meta.url));

/** A two-package workspace (spec, gym) with the given files on top. */
function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'forge-boundaries-'));
  const base: Record<string, string> = {
    'scripts/boundaries.json': JSON.stringify({
      $external: { spec: ['ajv'] },
      spec: [],
      gym: ['spec'],
    }),
    'packages/spec/package.json': JSON.stringify({
      name: '@forge/spec',
      exports: { '.': './dist/index.js' },
      dependencies: { ajv: '^8' },
    }),
    'packages/spec/src/index.ts':
      "import { Ajv } from 'ajv';\nimport { readFile } from 'node:fs/promises';\nexport const a = [Ajv, readFile];\n",
    'packages/spec/src/index.test.ts': "import { it } from 'vitest';\nit('x', () => {});\n",
    'packages/gym/package.json': JSON.stringify({
      name: '@forge/gym',
      exports: { '.': './dist/index.js' },
      dependencies: { '@forge/spec': 'workspace:*', 'pure-rand': '^7' },
    }),
    'packages/gym/src/index.ts':
      "import { a } from '@forge/spec';\nimport rand from 'pure-rand';\nexport const b = [a, rand];\n",
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const check = (root: string) => spawnSync(process.execPath, [script, root], { encoding: 'utf8' });

describe('check-boundaries', () => {
  it('passes a workspace within the allowed graph (test files may use test libraries)', () => {
    const result = check(workspace());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 packages');
  });

  it('fails when spec imports a third-party module other than ajv', () => {
    const result = check(
      workspace({
        'packages/spec/src/extra.ts': "import { parse } from 'yaml/util';\nexport { parse };\n",
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'packages/spec/src/extra.ts: @forge/spec may not import "yaml" (third-party allowed: ajv)',
    );
  });

  it('fails when spec declares a dependency other than ajv', () => {
    const result = check(
      workspace({
        'packages/spec/package.json': JSON.stringify({
          name: '@forge/spec',
          exports: { '.': './dist/index.js' },
          dependencies: { ajv: '^8', lodash: '^4' },
        }),
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('depends on "lodash"; third-party allowed: ajv');
  });

  it('fails on an import against the table, a deep import and a cycle', () => {
    const result = check(
      workspace({
        'packages/spec/src/back.ts': "import { b } from '@forge/gym';\nexport { b };\n",
        'packages/gym/src/deep.ts':
          "import { x } from '@forge/spec/src/internal';\nexport { x };\n",
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@forge/spec may not import @forge/gym (allowed: none)');
    expect(result.stderr).toContain(
      '"@forge/spec/src/internal" is not an entry point of @forge/spec',
    );
    expect(result.stderr).toContain('dependency cycle: ');
  });
});
