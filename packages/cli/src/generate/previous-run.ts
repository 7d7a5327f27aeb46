/**
 * The files of the run a new one replaces in the same folder, as its
 * manifest lists them: the sink removes those it does not write again, so a
 * format dropped from --format does not stay behind unlisted.
 */
import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { ForgeError } from '@forge/spec';

/** The dataset's manifest, written last by run-generate and run-merge. */
export const manifestFile = 'manifest.json';

/** The schema every manifest Forge writes declares (`createManifest` in @forge/export). */
const manifestSchema = 'forge.manifest/1';

type ManifestRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'forge'; readonly manifest: { readonly files?: unknown } }
  | { readonly kind: 'foreign'; readonly why: string };

async function readManifest(outDir: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await readFile(join(outDir, manifestFile), 'utf8');
  } catch {
    return { kind: 'none' };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return { kind: 'foreign', why: 'is not JSON' };
  }
  const schema = (manifest as { schema?: unknown } | null)?.schema;
  if (schema !== manifestSchema)
    return { kind: 'foreign', why: `declares no "schema": "${manifestSchema}"` };
  return { kind: 'forge', manifest: manifest as { files?: unknown } };
}

/**
 * A manifest.json in the output folder that Forge did not write: another
 * tool's, in a folder of the user's. A run replaces the manifest and removes
 * the files it lists, so it must refuse such a folder before any work
 * instead of deleting what another tool listed.
 */
export async function foreignManifest(outDir: string): Promise<ForgeError | undefined> {
  const read = await readManifest(outDir);
  if (read.kind !== 'foreign') return undefined;
  return new ForgeError(
    'FORGE_USAGE',
    `${read.why}, so it is not a Forge dataset's manifest; Forge would replace it: choose another --out, or remove it`,
    { location: join(outDir, manifestFile) },
  );
}

/**
 * The files the folder's current manifest lists: outputs of an earlier run,
 * which this one replaces. Paths that are not plain relative paths inside
 * the folder are ignored, whatever the manifest says.
 */
export async function previousFiles(outDir: string): Promise<string[]> {
  // Only Forge's own manifest says which files are an earlier run's.
  const read = await readManifest(outDir);
  if (read.kind !== 'forge') return [];
  const files = read.manifest.files;
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
