import { defaultStops } from '@forge/spec';
import { formatCommand } from './commands.js';
import type { ServingFormat } from './serving-format.js';

/** Where a served run listens and how it must be spoken to. */
export interface EvalTarget {
  readonly host: string;
  readonly port: number;
  /**
   * The model id to send. For `mlx_lm server` this is the run's base model:
   * the server maps a request naming its own `--model` to the loaded model
   * with `--adapter-path` applied, so the base id reaches the tuned weights.
   */
  readonly model: string;
  readonly format: ServingFormat;
  /** The dataset the run trained on: eval takes its held-out seeds from its manifest and checks disjointness. */
  readonly dataDir?: string;
  /** Where eval writes results.json and episodes.jsonl (`forge eval` requires it). */
  readonly outDir: string;
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
  if (target.dataDir !== undefined) command.push('--data', target.dataDir);
  command.push('--out', target.outDir);
  return command;
}

/** The same, as one line to paste into a shell. */
export function evalCommandLine(target: EvalTarget): string {
  return formatCommand(evalCommand(target));
}
