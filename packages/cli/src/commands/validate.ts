import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createEnv } from '@forge/gym';
import {
  type Catalog,
  defaultCatalog,
  ForgeError,
  type Gate,
  loadCatalogFile,
  parseRecordLine,
  readJsonlLines,
} from '@forge/spec';
import { defaultGates, validate } from '@forge/validate';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';

export const validateHelp = `forge validate FILE.jsonl [--catalog FILE] [--json] [--max-print N]

Checks every line of a forge.trajectory/1 JSONL file: the record's shape,
then every gate. Prints FILE:LINE: CODE message for each problem.

Exit codes: 0 all valid, 1 some invalid, 2 unusable input (missing file,
bad flags, invalid catalog).
`;

/** The gates \`forge validate\` runs, in order. */
export function validationGates(): readonly Gate[] {
  return defaultGates();
}

/** One invalid line: its number and every problem found on it. */
export interface InvalidLine {
  readonly line: number;
  readonly problems: readonly {
    readonly code: string;
    readonly message: string;
    readonly messageIndex?: number;
  }[];
}

export async function validateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseUsage(parse, args);
  if (parsed.values.help) {
    io.stdout(validateHelp);
    return exitCodes.ok;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    throw usageError('forge validate takes exactly one FILE.jsonl');
  const maxPrint = Number(parsed.values['max-print']);
  if (!Number.isInteger(maxPrint) || maxPrint < 0)
    throw usageError('--max-print must be a non-negative integer');
  const info = await stat(file).catch((cause: unknown) => {
    throw new ForgeError('FORGE_IO', 'no such file', { location: file, cause });
  });
  if (!info.isFile()) throw new ForgeError('FORGE_IO', 'not a regular file', { location: file });

  let catalog: Catalog = defaultCatalog();
  if (parsed.values.catalog !== undefined) {
    const loaded = await loadCatalogFile(parsed.values.catalog);
    if (!loaded.success) throw loaded.error;
    catalog = loaded.value;
  }
  const gates = validationGates();
  // One gym for every replay; each replay resets it.
  const replayEnv = createEnv({ catalog });
  const context = { catalog, createEnv: () => replayEnv };

  let total = 0;
  let printed = 0;
  const invalid: InvalidLine[] = [];
  const countsByCode = new Map<string, number>();
  for await (const { text, number: lineNumber } of readJsonlLines(file)) {
    total += 1;
    const where = `${file}:${lineNumber}`;
    const parsedLine = parseRecordLine(text, where);
    const problems: InvalidLine['problems'][number][] = [];
    if (!parsedLine.success) {
      problems.push({ code: parsedLine.error.code, message: parsedLine.error.message });
    } else {
      for (const v of validate(parsedLine.value, context, gates)) {
        problems.push(
          v.messageIndex === undefined
            ? { code: v.code, message: v.message }
            : { code: v.code, message: v.message, messageIndex: v.messageIndex },
        );
      }
    }
    if (problems.length === 0) continue;
    invalid.push({ line: lineNumber, problems });
    for (const p of problems) {
      countsByCode.set(p.code, (countsByCode.get(p.code) ?? 0) + 1);
      if (!parsed.values.json && printed < maxPrint) {
        printed += 1;
        const at = p.messageIndex === undefined ? '' : ` (message ${p.messageIndex})`;
        io.stdout(`${where}: ${p.code}${at}: ${p.message}\n`);
      }
    }
  }
  const valid = total - invalid.length;
  if (parsed.values.json) {
    io.stdout(
      `${JSON.stringify({ file, records: total, valid, invalid: invalid.length, byCode: Object.fromEntries([...countsByCode].sort()), lines: invalid }, null, 2)}\n`,
    );
  } else {
    const hidden = [...countsByCode.values()].reduce((a, b) => a + b, 0) - printed;
    if (hidden > 0) io.stdout(`… ${hidden} more problem(s) not printed (--max-print)\n`);
    const codes = [...countsByCode]
      .sort()
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    io.stdout(
      `${file}: ${total} record(s), ${valid} valid, ${invalid.length} invalid${codes ? ` (${codes})` : ''}\n`,
    );
  }
  return invalid.length === 0 ? exitCodes.ok : exitCodes.problems;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      catalog: { type: 'string' },
      json: { type: 'boolean', default: false },
      'max-print': { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
