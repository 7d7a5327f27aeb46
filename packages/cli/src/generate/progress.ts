/** Where progress goes and how: a redrawn bar on a terminal, plain lines otherwise. */
export interface ProgressOptions {
  readonly label: string;
  readonly total: number;
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
  /** Milliseconds since some origin; injectable so tests control time. */
  readonly now?: () => number;
}

/** Reports progress of a long job with its rate and time left. */
export interface Progress {
  advance(count: number): void;
  finish(): void;
  /**
   * The work stopped short (an error, an interrupt): ends a drawn bar's
   * line, so the message that follows starts on its own line instead of
   * after the bar.
   */
  stop(): void;
}

const barWidth = 24;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Reports progress. The bar redraws at most ten times a second; without a
 * terminal it prints a plain line at every tenth of the work, so logs stay
 * readable in CI and batch jobs. Timing here is display only: nothing
 * written to the dataset depends on it.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastDecile = 0;
  let drawn = false;

  const line = (): string => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (options.total - done) / rate : Number.POSITIVE_INFINITY;
    const fraction = options.total > 0 ? done / options.total : 1;
    const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
    const counts = `${done.toLocaleString('en-US')}/${options.total.toLocaleString('en-US')}`;
    const speed = `${Math.round(rate).toLocaleString('en-US')}/s`;
    if (!options.isTTY) return `${options.label}: ${pct} ${counts} ${speed} eta ${clock(left)}`;
    const filled = Math.round(fraction * barWidth);
    return `${options.label} [${'#'.repeat(filled)}${' '.repeat(barWidth - filled)}] ${pct} ${counts} ${speed} eta ${clock(left)}`;
  };

  return {
    advance(count) {
      done += count;
      if (options.isTTY) {
        const t = now();
        if (t - lastDraw >= 100) {
          lastDraw = t;
          drawn = true;
          options.write(`\r${line()}\x1b[K`);
        }
        return;
      }
      const decile = options.total > 0 ? Math.floor((done / options.total) * 10) : 10;
      if (decile > lastDecile && decile < 10) {
        lastDecile = decile;
        options.write(`${line()}\n`);
      }
    },
    stop() {
      if (drawn) options.write('\n');
      drawn = false;
    },
    finish() {
      const elapsed = (now() - started) / 1000;
      const summary = `${options.label}: ${done.toLocaleString('en-US')} in ${elapsed.toFixed(1)}s`;
      options.write(options.isTTY ? `\r${summary}\x1b[K\n` : `${summary}\n`);
    },
  };
}
