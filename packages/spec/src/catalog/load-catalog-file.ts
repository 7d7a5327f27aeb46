import { readFile } from 'node:fs/promises';
import { ForgeError } from '../errors.js';
import { fail, type Result } from '../result.js';
import { parseCatalog } from './parse-catalog.js';
import type { Catalog } from './tool-spec.js';

/** Reads and parses a catalog file; every failure comes back as a coded error. */
export async function loadCatalogFile(path: string): Promise<Result<Catalog, ForgeError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const why =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return fail(
      new ForgeError('FORGE_CATALOG_NOT_FOUND', `catalog file ${why}`, { location: path, cause }),
    );
  }
  return parseCatalog(text, path);
}
