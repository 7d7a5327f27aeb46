import { describe, expect, it } from 'vitest';
import type { SinkResult } from './sink.js';
import { nothingKeptLine, summaryLine } from './summary-line.js';

/** A sink result with just the fields the closing lines read. */
function result(
  accepted: SinkResult['accepted'],
  rejected: number,
  byCode: Record<string, number>,
): SinkResult {
  return {
    files: [],
    accepted,
    rejected,
    dedup: { checked: 0, removed: 0 },
    contentOverlap: 0,
    stats: { tools: { used: 0, catalog: 67 }, rejected: { total: rejected, byCode } },
  } as unknown as SinkResult;
}

const none = { train: 0, valid: 0, test: 0, eval: 0 };

describe('closing lines', () => {
  it('names the three commonest reject codes, most first and ties by name, when nothing was kept', () => {
    const line = nothingKeptLine(
      'out',
      result(none, 9, { 'schema.unknown-tool': 9, 'success.task-failed': 4, 'a.first': 4, z: 1 }),
    );
    expect(line).toBe(
      'every episode was rejected (schema.unknown-tool ×9, a.first ×4, success.task-failed ×4); the reasons are in out/rejects.jsonl\n',
    );
  });

  it('says nothing when a record was kept, in any split, or when nothing was played', () => {
    expect(nothingKeptLine('out', result({ ...none, eval: 1 }, 5, { x: 5 }))).toBeUndefined();
    expect(nothingKeptLine('out', result(none, 0, {}))).toBeUndefined();
  });

  it('keeps the summary line generate and merge share', () => {
    expect(summaryLine('out', result({ ...none, train: 3 }, 1, {}))).toBe(
      'out: train 3, valid 0, test 0, eval 0, rejected 1 (near-duplicates 0); tools 0/67\n',
    );
  });
});
