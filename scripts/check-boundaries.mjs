#!/usr/bin/env node
import { readdirSync, readFileSync, statSync } from 'node:fs';
// Fails when a package imports a @forge package the architecture does not
// allow, reaches into another package's files, declares dependencies that
// disagree with its imports, imports a third-party module its row of the
// architecture table does not list (`$external`), or when the package graph
// has a cycle. `node scripts/check-boundaries.mjs [ROOT]` checks another
// workspace (the tests use it on small broken ones).
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const allowed = JSON.parse(readFileSync(join(root, 'scripts/boundaries.json'), 'utf8'));
const external = allowed.$external ?? {};
delete allowed.$comment;
delete allowed.$external;
const problems = [];
const builtins = new Set(builtinModules);
/** `lodash/fp` -> `lodash`, `@scope/pkg/x` -> `@scope/pkg`. */
const moduleName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const packagesDir = join(root, 'packages');
const dirs = readdirSync(packagesDir).filter((d) => statSync(join(packagesDir, d)).isDirectory());
const exportsOf = new Map();
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8'));
  exportsOf.set(dir, Object.keys(pkg.exports ?? { '.': null }));
  if (!(dir in allowed))
    problems.push(
      `packages/${dir}: not in scripts/boundaries.json; add it with its allowed imports`,
    );
}

const graph = new Map();
for (const dir of dirs) {
  const pkgDir = join(packagesDir, dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const declared = new Set(
    Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })
      .filter((n) => n.startsWith('@forge/'))
      .map((n) => n.slice('@forge/'.length)),
  );
  const used = new Set();
  for (const sub of ['src', 'test']) {
    let files = [];
    try {
      files = sourceFiles(join(pkgDir, sub));
    } catch {
      continue;
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const where = relative(root, file);
      // Tests and their helpers may use test libraries; only shipped code is limited.
      const shipped = sub === 'src' && !/\.(test|bench|test-helper)\.tsx?$/.test(file);
      for (const m of text.matchAll(importPattern)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (spec.startsWith('.')) {
          const target = resolve(file, '..', spec);
          if (!target.startsWith(`${pkgDir}/`))
            problems.push(`${where}: relative import "${spec}" leaves packages/${dir}`);
          continue;
        }
        if (spec.includes('/packages/'))
          problems.push(`${where}: imports "${spec}" by path; use the package name`);
        if (!spec.startsWith('@forge/')) {
          const bare = spec.replace(/^node:/, '');
          const limit = external[dir];
          if (shipped && limit && !spec.startsWith('node:') && !builtins.has(bare))
            if (!limit.includes(moduleName(spec)))
              problems.push(
                `${where}: @forge/${dir} may not import "${moduleName(spec)}" (third-party allowed: ${limit.join(', ') || 'none'})`,
              );
          continue;
        }
        const [, name, ...rest] = spec.split('/');
        const subpath = rest.length > 0 ? `./${rest.join('/')}` : '.';
        if (name === dir) {
          problems.push(`${where}: imports its own package "${spec}"; use a relative import`);
          continue;
        }
        if (!(allowed[dir] ?? []).includes(name)) {
          problems.push(
            `${where}: @forge/${dir} may not import @forge/${name} (allowed: ${(allowed[dir] ?? []).join(', ') || 'none'})`,
          );
        }
        if (!(exportsOf.get(name) ?? []).includes(subpath)) {
          problems.push(
            `${where}: "${spec}" is not an entry point of @forge/${name} (exports: ${(exportsOf.get(name) ?? []).join(', ')})`,
          );
        }
        // Tests may import what the package may import; only src needs the dependency declared.
        if (sub === 'src') used.add(name);
      }
    }
  }
  const limit = external[dir];
  if (limit)
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }))
      if (!name.startsWith('@forge/') && !limit.includes(name))
        problems.push(
          `packages/${dir}/package.json: depends on "${name}"; third-party allowed: ${limit.join(', ') || 'none'}`,
        );
  for (const name of used) {
    if (!declared.has(name))
      problems.push(`packages/${dir}/package.json: imports @forge/${name} but does not declare it`);
  }
  for (const name of declared) {
    if (!(allowed[dir] ?? []).includes(name))
      problems.push(
        `packages/${dir}/package.json: depends on @forge/${name}, which it may not import`,
      );
  }
  graph.set(dir, new Set([...declared, ...used]));
}

// Cycle check over declared and used edges (depth-first, three colours).
const state = new Map();
function visit(node, path) {
  if (state.get(node) === 'done') return;
  if (state.get(node) === 'active') {
    problems.push(`dependency cycle: ${[...path.slice(path.indexOf(node)), node].join(' -> ')}`);
    return;
  }
  state.set(node, 'active');
  for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  state.set(node, 'done');
}
for (const dir of dirs) visit(dir, []);

if (problems.length > 0) {
  for (const p of problems) console.error(`boundaries: ${p}`);
  console.error(`boundaries: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `boundaries: ${dirs.length} packages, imports and dependencies within the allowed graph, no cycles`,
);
