import { describe, expect, it } from 'vitest';
import { sampleRecord } from './internal/sample-record.test-helper.js';
import { exporters, exportFormatNames } from './registry.js';

describe('exporters', () => {
  it('makes one exporter per known name, each named after its format and rendering JSON lines', () => {
    const result = exporters([...exportFormatNames, 'mlx']);
    if (!result.success) throw result.error;
    expect(result.value.map((e) => e.format)).toEqual([...exportFormatNames]);
    for (const exporter of result.value) {
      expect(exporter.fileName('train')).toBe('train.jsonl');
      for (const line of exporter.render(sampleRecord()))
        expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it('passes options through', () => {
    const result = exporters(['mlx'], { mlx: { perTurn: true } });
    expect(result.success && result.value[0]?.render(sampleRecord())).toHaveLength(7);
  });

  it('reports unknown names as a usage error listing the known ones', () => {
    const result = exporters(['openai', 'alpaca']);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('FORGE_USAGE');
      expect(result.error.oneLine()).toContain(
        'unknown format "alpaca"; choose from openai, sharegpt',
      );
    }
  });
});
