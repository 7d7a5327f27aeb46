import { defaultStops } from '@forge/spec';
import { formatCommand } from './commands.js';
import type { ServingFormat } from './serving-format.js';

/** Where a served run listens and how it must be spoken to. */
export interface EvalTarget {
  readonly host: string;
  readonly port: number;
  readonly model: string;
  readonly format: ServingFormat;
}

/**
 * The `forge eval` command that scores a served run with the same format
 * and stop sequences it was trained with: a tuned model whose stop
 * sequences are never sent runs on past its turn.
 */
export function evalCommand(target: EvalTarget): readonly string[] {
  // A server bound to every interface is reached through loopback.
  const host = target.host === '0.0.0.0' || target.host === '::' ? '127.0.0.1' : target.host;
  const command = [
    'forge',
    'eval',
    ...['--base-url', `http://${host}:${target.port}/v1`],
    ...['--model', target.model],
    ...['--format', target.format],
  ];
  for (const stop of defaultStops(target.format)) command.push('--stop', stop);
  return command;
}

/** The same, as one line to paste into a shell. */
export function evalCommandLine(target: EvalTarget): string {
  return formatCommand(evalCommand(target));
}
