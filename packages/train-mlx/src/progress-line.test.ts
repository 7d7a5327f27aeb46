import { describe, expect, it } from 'vitest';
import { parseProgressLine } from './progress-line.js';

describe('parseProgressLine', () => {
  it("reads a training report in mlx-lm's shape", () => {
    const line =
      'Iter 10: Train loss 1.234, Learning Rate 1.000e-05, It/sec 0.532, Tokens/sec 312.044, Trained Tokens 5870, Peak mem 7.123 GB';
    expect(parseProgressLine(line)).toEqual({
      iteration: 10,
      trainLoss: 1.234,
      learningRate: 1e-5,
      tokensPerSec: 312.044,
      peakMemoryGb: 7.123,
    });
  });

  it('reads a validation report', () => {
    expect(parseProgressLine('Iter 200: Val loss 0.567, Val took 12.345s')).toEqual({
      iteration: 200,
      valLoss: 0.567,
    });
  });

  it('ignores other lines', () => {
    expect(parseProgressLine('Loading pretrained model')).toBeUndefined();
    expect(parseProgressLine('Iter 5: something else')).toBeUndefined();
  });
});
