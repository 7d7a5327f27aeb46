import type { TrainMetrics } from '@forge/spec';

const iterPattern = /^Iter (\d+): (.*)$/;
const fieldPattern = /(Train loss|Val loss|Learning Rate|Tokens\/sec|Peak mem) ([-+0-9.eE]+)/g;

/**
 * Reads one line of mlx-lm's `lora` output. Returns the metrics it carries,
 * or undefined for lines that are not progress reports.
 */
export function parseProgressLine(line: string): TrainMetrics | undefined {
  const match = iterPattern.exec(line.trim());
  if (!match) return undefined;
  const metrics: { -readonly [K in keyof TrainMetrics]: TrainMetrics[K] } = {
    iteration: Number(match[1]),
  };
  let found = false;
  for (const [, key, raw] of (match[2] ?? '').matchAll(fieldPattern)) {
    const value = Number(raw);
    if (!Number.isFinite(value)) continue;
    found = true;
    if (key === 'Train loss') metrics.trainLoss = value;
    else if (key === 'Val loss') metrics.valLoss = value;
    else if (key === 'Learning Rate') metrics.learningRate = value;
    else if (key === 'Tokens/sec') metrics.tokensPerSec = value;
    else if (key === 'Peak mem') metrics.peakMemoryGb = value;
  }
  return found ? metrics : undefined;
}
