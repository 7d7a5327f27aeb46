import type { TrainMetrics } from '@forge/spec';

/** Shows training progress as metrics arrive. */
export interface ProgressReporter {
  readonly onMetrics: (metrics: TrainMetrics) => void;
  /** Ends the bar's line (TTY) so later output starts on a fresh line. */
  readonly finish: () => void;
}

/** Where and how to show progress. */
export interface ProgressReporterOptions {
  /** A terminal gets one redrawn bar; anything else gets plain lines (logs, CI). */
  readonly tty: boolean;
  readonly write: (text: string) => void;
  readonly totalIters: number;
  readonly width?: number;
}

const fields = (m: TrainMetrics): string[] => {
  const out: string[] = [];
  if (m.trainLoss !== undefined) out.push(`train loss ${m.trainLoss.toFixed(3)}`);
  if (m.valLoss !== undefined) out.push(`val loss ${m.valLoss.toFixed(3)}`);
  if (m.learningRate !== undefined) out.push(`lr ${m.learningRate.toExponential(2)}`);
  if (m.tokensPerSec !== undefined) out.push(`${m.tokensPerSec.toFixed(0)} tok/s`);
  if (m.peakMemoryGb !== undefined) out.push(`peak ${m.peakMemoryGb.toFixed(2)} GB`);
  return out;
};

/** Creates a progress reporter: a redrawn bar on a TTY, one line per report otherwise. */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const width = options.width ?? 24;
  let latest: TrainMetrics | undefined;
  let drawn = false;
  return {
    onMetrics(metrics) {
      if (!options.tty) {
        options.write(
          `iter ${metrics.iteration}/${options.totalIters} ${fields(metrics).join(', ')}\n`,
        );
        return;
      }
      // Keep the last train and val values visible together on the bar.
      latest = { ...latest, ...metrics };
      const done = Math.min(1, latest.iteration / Math.max(1, options.totalIters));
      const filled = Math.round(done * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      options.write(
        `\r[${bar}] ${latest.iteration}/${options.totalIters}  ${fields(latest).join('  ')}\u001b[K`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) options.write('\n');
      drawn = false;
    },
  };
}
