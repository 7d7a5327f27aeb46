import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const packages = readdirSync(`${root}packages`);

// Tests import sibling packages by name; resolve them to source so a test
// always sees the current code, not a stale build.
const alias = packages.flatMap((dir) => [
  { find: new RegExp(`^@forge/${dir}$`), replacement: `${root}packages/${dir}/src/index.ts` },
  { find: new RegExp(`^@forge/${dir}/(.+)$`), replacement: `${root}packages/${dir}/src/$1.ts` },
]);

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: packages.map((dir) => ({
      resolve: { alias },
      test: {
        name: dir,
        root: `${root}packages/${dir}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 60_000,
      },
    })),
  },
});
