/**
 * The output folder a command made for this run. When the run fails before
 * writing anything (a bad catalog or template, an interrupt, a full disk),
 * the folder it made is removed again, so a failed command leaves no empty
 * dataset folder behind; a folder the user already had is never touched.
 */
import { readdir, rm, stat } from 'node:fs/promises';

/** Whether `dir` exists now. */
export async function folderExists(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => true,
    () => false,
  );
}

/** Removes `dir` when no file sits anywhere under it (only empty folders). */
export async function removeIfNoFiles(dir: string): Promise<void> {
  let entries: { isDirectory(): boolean }[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((entry) => !entry.isDirectory())) return;
  await rm(dir, { recursive: true, force: true });
}
