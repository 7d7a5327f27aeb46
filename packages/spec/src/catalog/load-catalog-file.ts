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
    // The errno says which: a folder given for the file, no permission.
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file (the tool catalog)'
        : `cannot read the tool catalog (${code ?? 'error'})`;
    return fail(new ForgeError('FORGE_CATALOG_NOT_FOUND', why, { location: path, cause }));
  }
  return parseCatalog(text, path);
}
