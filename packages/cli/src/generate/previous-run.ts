/**
 * The files of the run a new one replaces in the same folder, as its
 * manifest lists them: the sink removes those it does not write again, so a
 * format dropped from --format does not stay behind unlisted.
 */
import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';

/** The dataset's manifest, written last by run-generate and run-merge. */
export const manifestFile = 'manifest.json';

/**
 * The files the folder's current manifest lists: outputs of an earlier run,
 * which this one replaces. Paths that are not plain relative paths inside
 * the folder are ignored, whatever the manifest says.
 */
export async function previousFiles(outDir: string): Promise<string[]> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(outDir, manifestFile), 'utf8'));
  } catch {
    return [];
  }
  const files = (manifest as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  return files
    .map((f) => (f as { path?: unknown } | null)?.path)
    .filter(
      (path): path is string =>
        typeof path === 'string' &&
        path !== '' &&
        !isAbsolute(path) &&
        !normalize(path).startsWith('..') &&
        normalize(path) === path,
    );
}

/** Removes an earlier run's files, and their folders once empty. */
export async function removeStale(outDir: string, paths: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of paths) {
    await rm(join(outDir, path), { force: true });
    if (dirname(path) !== '.') folders.add(dirname(path));
  }
  for (const folder of [...folders].sort().reverse())
    await rmdir(join(outDir, folder)).catch(() => {
      // Not empty (the user's own files, or this run's): it stays.
    });
}
