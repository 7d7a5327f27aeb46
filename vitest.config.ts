import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const packages = readdirSync(`${root}packages`);
const examples = readdirSync(`${root}examples`).filter((dir) =>
  existsSync(`${root}examples/${dir}/package.json`),
);

// Tests import sibling packages by name; resolve them to source so a test
// always sees the current code, not a stale build.
const alias = packages.flatMap((dir) => [
  { find: new RegExp(`^@forge/${dir}$`), replacement: `${root}packages/${dir}/src/index.ts` },
  { find: new RegExp(`^@forge/${dir}/(.+)$`), replacement: `${root}packages/${dir}/src/$1.ts` },
]);

const project = (dir: string, name: string) => ({
  resolve: { alias },
  test: {
    name,
    root: `${root}${dir}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
  },
});

export default defineConfig({
  test: {
    // Temporary folders of the whole run live under one folder, removed at the end.
    globalSetup: ['./scripts/test-temp-dir.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      ...packages.map((dir) => project(`packages/${dir}`, dir)),
      ...examples.map((dir) => project(`examples/${dir}`, `example-${dir}`)),
      // The repository's own checks (boundaries), run on small broken workspaces.
      project('scripts', 'scripts'),
    ],
  },
});
