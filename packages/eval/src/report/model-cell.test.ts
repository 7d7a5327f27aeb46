import { describe, expect, it } from 'vitest';
import type { ResultsFile } from '../results/results-file.js';
import { modelCell } from './model-cell.js';

const withModel = (model: ResultsFile['model']) => ({ model }) as ResultsFile;

describe('modelCell', () => {
  it('shows the served id only when the endpoint answered as another model', () => {
    const base = { id: 'my-lora', endpoint: 'http://h/v1', format: 'hermes' };
    expect(modelCell(withModel({ ...base, served: ['my-lora'] }))).toBe('my-lora (hermes)');
    expect(modelCell(withModel({ ...base, served: ['base-7b'] }))).toBe(
      'my-lora → served base-7b (hermes)',
    );
    expect(modelCell(withModel(base))).toBe('my-lora (hermes)');
    expect(modelCell({} as ResultsFile)).toBe('-');
  });
});
