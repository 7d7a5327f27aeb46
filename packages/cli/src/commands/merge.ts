import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { exitCodes } from '../exit-codes.js';
import { foreignManifest } from '../generate/previous-run.js';
import { createProgress } from '../generate/progress.js';
import { runMerge } from '../generate/run-merge.js';
import { shardFolderName } from '../generate/shard-folders.js';
import { nothingKeptLine, summaryLine } from '../generate/summary-line.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';
import { folderExists } from './fresh-folder.js';
import { runInterruptible } from './interruptible.js';

export const mergeHelp = `forge merge DIR [--out OUT] [--template FILE]

Joins the shard-i-of-k folders that 'forge generate --shard i/k --out DIR'
wrote into one dataset in OUT (default DIR), byte-identical to an unsharded
run with the same arguments.

  --out OUT        where the dataset goes (default DIR)
  --template FILE  the chat template the shards were made with, when they
                   were made with --template (checked by its sha256)
  --no-progress    no progress output (on stderr: a bar on a terminal,
                   plain lines at each tenth otherwise)
`;

export async function mergeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseUsage(parse, args);
  if (parsed.values.help) {
    io.stdout(mergeHelp);
    return exitCodes.ok;
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) throw usageError('forge merge takes exactly one DIR');
  const out = parsed.values.out ?? dir;
  const into = shardFolderHolding(dir, out);
  if (into !== undefined)
    throw usageError(
      `--out ${out} is inside the shard folder ${into}: the merged dataset goes beside the shards (default DIR), not into one`,
    );
  const existed = await folderExists(out);
  const foreign = await foreignManifest(out);
  if (foreign) throw foreign;
  return runInterruptible(
    io,
    'merge',
    async (signal) => {
      const result = await runMerge(dir, out, {
        ...(parsed.values.template === undefined ? {} : { templatePath: parsed.values.template }),
        signal,
        ...(parsed.values['no-progress']
          ? {}
          : {
              progress: (total: number) =>
                createProgress({
                  label: 'merge',
                  total,
                  write: io.stderr,
                  isTTY: io.isTTY === true,
                }),
            }),
      });
      io.stdout(summaryLine(out, result));
      const none = nothingKeptLine(out, result);
      if (none === undefined) return exitCodes.ok;
      io.stderr(`forge merge: ${none}`);
      return exitCodes.problems;
    },
    existed ? undefined : out,
  );
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      template: { type: 'string' },
      'no-progress': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/**
 * The shard folder of DIR that OUT is or lies inside, if any: a dataset
 * written there would sit among a shard's files, and a later merge would
 * read it as part of that shard.
 */
function shardFolderHolding(dir: string, out: string): string | undefined {
  const [first, ...rest] = relative(resolve(dir), resolve(out)).split(sep);
  if (first === undefined || !shardFolderName.test(first)) return undefined;
  return rest.length === 0 ? first : `${first}${sep}`;
}
