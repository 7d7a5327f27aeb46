import { defaultCatalog, type TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createEpisodeMaker, defaultEpisodeConfig } from './episode.js';
import { createRecordJson } from './record-json.js';

describe('createRecordJson', () => {
  const catalog = defaultCatalog();
  const json = createRecordJson();

  it('gives JSON.stringify bytes for generated records', () => {
    const make = createEpisodeMaker({ ...defaultEpisodeConfig, offered: 28 });
    for (let seed = 0; seed < 20; seed += 1) {
      const out = make(seed, 'train');
      expect(out.record).toBeDefined();
      const record = out.record as TrajectoryRecord;
      expect(json(record)).toBe(JSON.stringify(record));
      if (out.kind === 'accepted') expect(out.canonical).toBe(JSON.stringify(record));
    }
  });

  it('falls back to JSON.stringify for tools that are not the catalog objects, and skips undefined fields', () => {
    const tool = catalog.tools[0];
    const copy = structuredClone(tool);
    const record = {
      schema: 'x',
      id: 'a',
      skipped: undefined,
      tools: [tool, copy],
      messages: [],
    } as unknown as TrajectoryRecord;
    expect(json(record)).toBe(JSON.stringify(record));
    const odd = { tools: 'not a list', n: 1 } as unknown as TrajectoryRecord;
    expect(json(odd)).toBe(JSON.stringify(odd));
    expect(json({} as TrajectoryRecord)).toBe('{}');
  });
});
