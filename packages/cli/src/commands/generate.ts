import { access, constants } from 'node:fs/promises';
import { ForgeError, makeFolder } from '@forge/spec';
import { exitCodes } from '../exit-codes.js';
import { generateHelp, parseGenerateArgs } from '../generate/options.js';
import { foreignManifest } from '../generate/previous-run.js';
import { runGenerate } from '../generate/run-generate.js';
import { nothingKeptLine, summaryLine } from '../generate/summary-line.js';
import type { CommandIo } from '../io.js';
import { parseUsage } from '../usage-error.js';
import { folderExists } from './fresh-folder.js';
import { runInterruptible } from './interruptible.js';

export { generateHelp };

async function checkWritable(dir: string): Promise<void> {
  const made = await makeFolder(dir);
  if (!made.success)
    throw new ForgeError('FORGE_IO', `--out is not a writable folder: ${made.error.message}`, {
      location: dir,
      cause: made.error,
    });
  try {
    await access(dir, constants.W_OK);
  } catch (cause) {
    throw new ForgeError(
      'FORGE_IO',
      `--out is not a writable folder (${(cause as NodeJS.ErrnoException).code ?? 'error'})`,
      { location: dir, cause },
    );
  }
}

export async function generateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseUsage((a) => parseGenerateArgs(a, io.env), args);
  if (options === 'help') {
    io.stdout(generateHelp);
    return exitCodes.ok;
  }
  const existed = await folderExists(options.out);
  await checkWritable(options.out);
  // A shard writes into its own shard-i-of-k folder; merge checks the rest.
  if (options.shard.count === 1) {
    const foreign = await foreignManifest(options.out);
    if (foreign) throw foreign;
  }
  return runInterruptible(
    io,
    'generate',
    async (signal) => {
      const summary = await runGenerate(options, {
        progress: io.stderr,
        notice: (text) => io.stderr(`forge generate: ${text}\n`),
        isTTY: io.isTTY === true,
        signal,
      });
      if (summary.mode === 'shard') {
        // Merge refuses shards made with a template unless given the same file.
        const template = options.template === undefined ? '' : ` --template ${options.template}`;
        io.stdout(
          `shard ${options.shard.index}/${options.shard.count}: ${summary.episodes} episode${summary.episodes === 1 ? '' : 's'} in ${summary.outDir}; join the shards with 'forge merge ${options.out}${template}'\n`,
        );
        return exitCodes.ok;
      }
      if (!summary.result) return exitCodes.ok;
      io.stdout(summaryLine(summary.outDir, summary.result));
      const none = nothingKeptLine(summary.outDir, summary.result);
      if (none === undefined) return exitCodes.ok;
      io.stderr(`forge generate: ${none}`);
      return exitCodes.problems;
    },
    existed ? undefined : options.out,
  );
}
