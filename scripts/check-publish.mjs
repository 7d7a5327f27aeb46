#!/usr/bin/env node
// Packs every publishable package with pnpm (as `pnpm publish` would) and
// lints the packed files with publint in strict mode: exports pointing at
// files that are not packed, wrong module types or missing types fail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');
let failed = 0;
for (const dir of readdirSync(packagesDir)) {
  const pkgDir = join(packagesDir, dir);
  if (!statSync(pkgDir).isDirectory()) continue;
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const { messages } = await publint({ pkgDir, pack: 'pnpm', strict: true, level: 'suggestion' });
  for (const m of messages)
    console.log(`publish: ${pkg.name}: ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
  if (messages.some((m) => m.type !== 'suggestion')) failed += 1;
  else console.log(`publish: ${pkg.name}@${pkg.version}: publint clean`);
}
if (failed > 0) {
  console.error(`publish: ${failed} package(s) failed publint`);
  process.exit(1);
}
