import { ForgeError } from '@forge/spec';
import { catalogCommand } from './commands/catalog.js';
import { evalCommand } from './commands/eval.js';
import { generateCommand } from './commands/generate.js';
import { mergeCommand } from './commands/merge.js';
import { reportCommand } from './commands/report.js';
import { selfcheckCommand } from './commands/selfcheck.js';
import { trainMlxCommand } from './commands/train-mlx.js';
import { validateCommand } from './commands/validate.js';
import { exitCodes } from './exit-codes.js';
import { evalDeps } from './generate/eval-deps.js';
import { expertTrajectories } from './generate/expert-trajectories.js';
import type { CommandIo } from './io.js';
import { usageError } from './usage-error.js';

type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

const trainBackends: Readonly<Record<string, Command>> = { mlx: trainMlxCommand };

/** `forge train <backend> …`: one training backend per subcommand. */
async function trainCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [backend, ...rest] = args;
  if (backend === undefined || backend === '--help' || backend === '-h') {
    io.stdout(
      `forge train <backend> …\n\nBackends: ${Object.keys(trainBackends).join(', ')}\nRun 'forge train mlx --help' for its options.\n`,
    );
    return backend === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const run = trainBackends[backend];
  if (!run)
    throw usageError(
      `unknown training backend "${backend}" (available: ${Object.keys(trainBackends).join(', ')})`,
    );
  return run(rest, io);
}

const commands: Readonly<Record<string, { run: Command; summary: string }>> = {
  catalog: { run: catalogCommand, summary: 'load a tool catalog and summarise it' },
  generate: {
    run: generateCommand,
    summary: 'play, narrate and validate episodes into a dataset with every trainer format',
  },
  merge: { run: mergeCommand, summary: 'join the shards of a sharded generate run' },
  eval: {
    run: (args, io) => evalCommand(args, io, evalDeps()),
    summary: 'score a policy or a served model by replaying it in the gym',
  },
  report: { run: reportCommand, summary: 'compare eval runs in report.md and report.html' },
  selfcheck: {
    run: (args, io) => selfcheckCommand(args, io, { trajectories: expertTrajectories }),
    summary: 'prove the gates: corrupt expert trajectories and check each is rejected',
  },
  train: { run: trainCommand, summary: 'train a model on a generated dataset (backend: mlx)' },
  validate: {
    run: validateCommand,
    summary: 'check a forge.trajectory/1 JSONL file against every gate',
  },
};

export const mainHelp = `forge: a tool catalog in, a verified fine-tuning corpus and a gym out.

Usage: forge <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run 'forge <command> --help' for a command's options.
Exit codes: 0 success, 1 the work found problems, 2 bad usage or unusable input,
3 a required environment variable is unset (eval --api-key-env), 130 interrupted.
`;

/** Runs one forge command line and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(mainHelp);
      return name === undefined ? exitCodes.usage : exitCodes.ok;
    }
    const command = commands[name];
    if (!command) throw usageError(`unknown command "${name}" (try 'forge --help')`);
    return await command.run(rest, io);
  } catch (cause) {
    if (ForgeError.is(cause)) {
      io.stderr(`forge ${name ?? ''}: ${cause.oneLine()}\n`);
      return cause.code === 'FORGE_INTERNAL' ? exitCodes.problems : exitCodes.usage;
    }
    const why = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
    io.stderr(`forge ${name ?? ''}: internal error: ${why}\n`);
    return exitCodes.problems;
  }
}
