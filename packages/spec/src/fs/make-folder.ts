import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ForgeError } from '../errors.js';
import { fail, ok, type Result } from '../result.js';

/**
 * Makes a folder and its missing parents, one level at a time. Node's
 * `mkdir(path, { recursive: true })` never settles for a path under a
 * pseudo-filesystem such as `/proc` (it retries the parent forever), so the
 * CLI would hang on `--out /proc/x` instead of saying the folder cannot be
 * made. Walking up to the first existing ancestor and creating each level
 * with a plain `mkdir` fails fast with the real reason.
 */
export async function makeFolder(path: string): Promise<Result<string, ForgeError>> {
  const target = resolve(path);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    const info = await stat(at).catch((cause: NodeJS.ErrnoException) => cause);
    if (!(info instanceof Error)) {
      if (!info.isDirectory())
        return fail(new ForgeError('FORGE_IO', `not a folder: ${at}`, { location: path }));
      break;
    }
    if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR')
      return fail(
        new ForgeError('FORGE_IO', `cannot read ${at} (${info.code})`, {
          location: path,
          cause: info,
        }),
      );
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      // Another process may have made it in the meantime; that is fine.
      if (code === 'EEXIST' && (await stat(folder)).isDirectory()) continue;
      return fail(
        new ForgeError('FORGE_IO', `cannot create the folder ${folder} (${code ?? 'error'})`, {
          location: path,
          cause,
        }),
      );
    }
  }
  return ok(target);
}
