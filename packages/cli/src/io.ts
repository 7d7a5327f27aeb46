/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** stderr is a terminal: progress may redraw a bar. */
  readonly isTTY?: boolean;
  /** Subscribes to Ctrl-C and SIGTERM; returns the unsubscribe function. */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

/**
 * A reader that went away (`forge generate … | head -1`, `| true`) makes
 * the next write fail with EPIPE, which Node raises as an unhandled stream
 * error: a stack trace and exit 1 after the dataset was written. The output
 * nobody reads is dropped instead, and the command's own exit code stands.
 */
function dropOutputToClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** The process's own streams and environment. */
export function processIo(): CommandIo {
  dropOutputToClosedPipe(process.stdout);
  dropOutputToClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
    // SIGTERM too: it is how Kubernetes and Slurm cancel a job, and a
    // cancelled shard should clean up its temporary files like Ctrl-C does.
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}
