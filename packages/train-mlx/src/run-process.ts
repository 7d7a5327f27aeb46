import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { isMissingMlxLine } from './missing-module.js';

/** How a logged child process ended. */
export type ProcessOutcome =
  | { readonly kind: 'completed' }
  | { readonly kind: 'failed'; readonly exitCode: number | null; readonly lastError?: string }
  | { readonly kind: 'missing-module' }
  | { readonly kind: 'missing-python'; readonly python: string }
  | { readonly kind: 'interrupted' };

/** What to run and where its output goes. */
export interface LoggedProcessOptions {
  /** Executable and arguments; never passed through a shell. */
  readonly command: readonly string[];
  readonly cwd: string;
  /** Every byte the child writes (stdout and stderr) is kept here. */
  readonly logPath: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Aborting forwards SIGINT to the child and reports `interrupted`. */
  readonly signal?: AbortSignal;
  /** Each complete output line (tqdm's `\r` updates count as lines). */
  readonly onLine?: (line: string) => void;
  /** Raw output, for commands whose output a person should see (server, fuse). */
  readonly onOutput?: (text: string) => void;
  /** How long to wait after SIGINT before SIGTERM. */
  readonly killGraceMs?: number;
}

/** A line that looks like the error a Python traceback ends with. */
const errorLine = /^[A-Za-z_.]*(Error|Exception|Interrupt)\b.*|^Traceback|^RuntimeError/;

/**
 * Runs a child process with its output streamed to a log file and split
 * into lines. The log is kept whatever happens. Python's own SIGINT exit
 * (killed by the signal, or status 130) counts as an interruption too, so
 * Ctrl-C reaching the child directly is reported the same way.
 */
export function runLoggedProcess(options: LoggedProcessOptions): Promise<ProcessOutcome> {
  const [executable, ...args] = options.command;
  if (executable === undefined) throw new Error('runLoggedProcess needs a command');
  const log = createWriteStream(options.logPath, { encoding: 'utf8' });
  let missing = false;
  let interrupted = false;
  let lastError: string | undefined;
  let spawnError: NodeJS.ErrnoException | undefined;
  const child = spawn(executable, args, {
    cwd: options.cwd,
    // Unbuffered so progress lines arrive as they are printed.
    env: { ...process.env, PYTHONUNBUFFERED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const split = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      log.write(chunk);
      options.onOutput?.(chunk);
      const parts = (pending + chunk).split(/\r\n|\n|\r/);
      pending = parts.pop() ?? '';
      for (const line of parts) handle(line);
    });
    stream.on('end', () => {
      if (pending !== '') handle(pending);
      pending = '';
    });
  };
  const handle = (line: string) => {
    if (isMissingMlxLine(line)) missing = true;
    const trimmed = line.trim();
    if (errorLine.test(trimmed)) lastError = trimmed;
    options.onLine?.(line);
  };
  if (child.stdout) split(child.stdout);
  if (child.stderr) split(child.stderr);
  const onAbort = () => {
    interrupted = true;
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGTERM'), options.killGraceMs ?? 10_000).unref();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  child.on('error', (error: NodeJS.ErrnoException) => {
    spawnError = error;
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      log.end(() => {
        if (spawnError?.code === 'ENOENT') resolve({ kind: 'missing-python', python: executable });
        else if (interrupted || signal === 'SIGINT' || code === 130)
          resolve({ kind: 'interrupted' });
        else if (code === 0) resolve({ kind: 'completed' });
        else if (missing) resolve({ kind: 'missing-module' });
        else
          resolve(
            lastError === undefined
              ? { kind: 'failed', exitCode: code }
              : { kind: 'failed', exitCode: code, lastError },
          );
      });
    });
  });
}
