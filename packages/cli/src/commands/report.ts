import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeReport } from '@forge/eval';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';

export const reportHelp = `forge report RESULTS.json... --out DIR

Compares eval runs: writes DIR/report.md and a self-contained DIR/report.html
with a table and a chart per metric (deltas against the first run, 95%
intervals), per-family success, and links into failing transcripts.
`;

/** `forge report`: compares results.json files. */
export async function reportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseUsage(parse, args);
  if (parsed.values.help) {
    io.stdout(reportHelp);
    return exitCodes.ok;
  }
  if (parsed.positionals.length === 0) throw usageError('give at least one results.json');
  if (parsed.values.out === undefined) throw usageError('--out DIR is required');
  const written = await writeReport(
    parsed.positionals.map((p) => resolve(io.cwd, p)),
    resolve(io.cwd, parsed.values.out),
  );
  if (!written.success) throw written.error;
  io.stdout(`${written.value.files.join('\n')}\n`);
  return exitCodes.ok;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
