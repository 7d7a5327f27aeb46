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

  it("ignores the rest of mlx-lm's output", () => {
    for (const line of [
      'Starting training..., iters: 600',
      'Trainable parameters: 0.145% (4.588M/3164.263M)',
      'Iter 100: Saved adapter weights to adapters/adapters.safetensors and adapters/0000100_adapters.safetensors.',
      'Calculating loss...: 100%|██████████| 25/25 [00:12<00:00,  2.01it/s]',
      'Saved final weights to adapters/adapters.safetensors.',
      '[WARNING] Some sequences are longer than 4096 tokens. The longest sentence 5120 will be truncated to 4096.',
    ])
      expect(parseProgressLine(line)).toBeUndefined();
  });

  it('skips a field whose value is not a number (a nan loss) but keeps the rest', () => {
    expect(
      parseProgressLine(
        'Iter 30: Train loss nan, Learning Rate 2.000e-05, It/sec 0.5, Tokens/sec 300.000, Trained Tokens 9000, Peak mem 7.000 GB',
      ),
    ).toEqual({ iteration: 30, learningRate: 2e-5, tokensPerSec: 300, peakMemoryGb: 7 });
  });

  it('ignores other lines', () => {
    expect(parseProgressLine('Loading pretrained model')).toBeUndefined();
    expect(parseProgressLine('Iter 5: something else')).toBeUndefined();
  });
});
