import { runLayout } from './lora-config.js';

/** The training command, run with the run directory as working directory. */
export function trainCommand(python: string): readonly string[] {
  return [python, '-m', 'mlx_lm', 'lora', '-c', runLayout.config];
}

/** Fuses the run's adapters into the base model. */
export function fuseCommand(
  python: string,
  model: string,
  options: { readonly savePath?: string; readonly dequantize?: boolean } = {},
): readonly string[] {
  const command = [
    python,
    ...['-m', 'mlx_lm', 'fuse', '--model', model],
    ...['--adapter-path', runLayout.adapters, '--save-path', options.savePath ?? runLayout.fused],
  ];
  if (options.dequantize) command.push('--dequantize');
  return command;
}

/** Serves the base model with the run's adapters on an OpenAI-compatible API. */
export function serveCommand(
  python: string,
  model: string,
  options: { readonly host: string; readonly port: number },
): readonly string[] {
  return [
    python,
    ...['-m', 'mlx_lm', 'server', '--model', model, '--adapter-path', runLayout.adapters],
    ...['--host', options.host, '--port', String(options.port)],
  ];
}

/** Quotes one argument for a POSIX shell, only when it needs it. */
export function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** A command as a person would type it (for display and `commands.txt`). */
export function formatCommand(command: readonly string[]): string {
  return command.map(shellQuote).join(' ');
}
