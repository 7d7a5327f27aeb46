import { parseArgs } from 'node:util';
import { createEnv } from '@forge/gym';
import { type Catalog, defaultCatalog, type Env, type TrajectoryRecord } from '@forge/spec';
import { formatSelfcheckTable, runSelfcheck } from '@forge/validate';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';

export const selfcheckHelp = `forge selfcheck [--count N] [--places N] [--json]

Runs the corruption suite: known-good trajectories must pass every gate
(the control row), and each corruption operator, applied at up to N places
of every trajectory, must be rejected with its expected violation code.

  --count N    known-good trajectories to corrupt (default 40)
  --places N   places tried per trajectory and operator (default 3)
  --json       print the rows as JSON

Exit codes: 0 every case behaved, 1 some case misbehaved, 2 bad usage or no
trajectory source registered.
`;

/** What the command needs from the composition root. */
export interface SelfcheckDeps {
  /** Known-good trajectories (the expert's); the command cannot run without them. */
  readonly trajectories?: (
    count: number,
  ) => readonly TrajectoryRecord[] | Promise<readonly TrajectoryRecord[]>;
  /** A fresh gym for the replay gate (default: the built-in gym). */
  readonly createEnv?: () => Env;
  readonly catalog?: Catalog;
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usageError(`${flag} must be a positive integer`);
  return n;
}

/** `forge selfcheck`: prints the self-check table; exit 0 only if every case behaves. */
export async function selfcheckCommand(
  args: readonly string[],
  io: CommandIo,
  deps: SelfcheckDeps = {},
): Promise<number> {
  const parsed = parseUsage(parse, args);
  if (parsed.values.help) {
    io.stdout(selfcheckHelp);
    return exitCodes.ok;
  }
  if (parsed.positionals.length > 0)
    throw usageError('forge selfcheck takes no positional arguments');
  const count = positiveInt(parsed.values.count, '--count');
  const places = positiveInt(parsed.values.places, '--places');
  if (!deps.trajectories) {
    throw usageError(
      'no known-good trajectory source is registered (the expert is not wired into the CLI)',
    );
  }
  const records = await deps.trajectories(count);
  if (records.length === 0) throw usageError('the trajectory source returned no trajectories');
  const rows = runSelfcheck(records, {
    context: {
      catalog: deps.catalog ?? defaultCatalog(),
      createEnv: deps.createEnv ?? (() => createEnv()),
    },
    placesPerRecord: places,
  });
  if (parsed.values.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(formatSelfcheckTable(rows));
  const bad = rows.filter((r) => !r.ok).length;
  if (!parsed.values.json) {
    io.stdout(
      bad === 0
        ? `selfcheck: all ${rows.length} rows behaved over ${records.length} trajectories\n`
        : `selfcheck: ${bad} of ${rows.length} rows misbehaved\n`,
    );
  }
  return bad === 0 ? exitCodes.ok : exitCodes.problems;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      count: { type: 'string', default: '40' },
      places: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
