import type { EpisodeDraft } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { emptyQuery } from './empty-results.js';

/** A draft whose calls to `tool` returned these texts, in order. */
function draftOf(tool: string, texts: readonly string[]): EpisodeDraft {
  return {
    steps: texts.map((text, i) => ({
      calls: [{ id: `c${i}`, name: tool, arguments: {} }],
      results: [{ text, isError: false }],
    })),
  } as unknown as EpisodeDraft;
}

describe('emptyQuery', () => {
  it('names a query whose latest listing is empty, however the key is written', () => {
    for (const text of [
      '{"mode":"top_functions","results":[]}',
      '{"\\u0072esults":[]}',
      ' {"views":[],"count":0}',
    ])
      expect(emptyQuery(draftOf('q', [text]))).toBe('q');
  });

  it('names nothing for a listing with entries, a result naming no listing, or text', () => {
    for (const text of [
      '{"results":[1]}',
      '{"\\u0072esults":[{"a":1}]}',
      '{"launched":true,"pid":42}',
      '{"note":"no results"}',
      'results: []',
      '{"results":[]',
    ])
      expect(emptyQuery(draftOf('q', [text]))).toBeUndefined();
  });

  it('goes by the latest result of each tool', () => {
    expect(emptyQuery(draftOf('q', ['{"results":[]}', '{"results":[1]}']))).toBeUndefined();
    expect(emptyQuery(draftOf('q', ['{"results":[1]}', '{"results":[]}']))).toBe('q');
  });
});
