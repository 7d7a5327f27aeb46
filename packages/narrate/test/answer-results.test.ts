import type { DraftStep, EpisodeDraft } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerIsGrounded } from '../src/answers/grounding.js';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

const narrator = createNarrator();

/** A query step whose result lists `rows` under `key`. */
const query = (tool: string, key: string, rows: unknown[]): DraftStep => ({
  calls: [{ id: 'q1', name: tool, arguments: { mode: 'top_functions' } }],
  results: [{ text: JSON.stringify({ mode: 'top_functions', [key]: rows }), isError: false }],
});

const withStep = (draft: EpisodeDraft, step: DraftStep): EpisodeDraft => ({
  ...draft,
  steps: [...draft.steps, step],
  success: true,
});

const saysEmpty = /empty|no results|nothing/i;

describe('answers over a query that listed nothing', () => {
  // profiler-sessions answered "I loaded the earlier session and queried its
  // CPU data" over `"results":[]` in 46 of 46 episodes.
  it('say the query came back empty, in every family and persona', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...familyIds, 'some-new-family'),
        fc.constantFrom(
          ['profiler-cpu-query', 'results'],
          ['native-find-views', 'views'],
          ['profiler-stack-query', 'stacks'],
        ),
        (seed, family, [tool, key]) => {
          const draft = withStep(makeDraft(seed, family), query(tool, key, []));
          const { answer } = narrator.narrate(draft);
          expect(answer).toMatch(saysEmpty);
          expect(answerIsGrounded(answer, draft).unsupported).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('do not say so when the query found something', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const rows = [{ function: 'renderRow', selfMs: 12 }];
        const draft = withStep(
          makeDraft(seed, 'profiler-sessions'),
          query('profiler-cpu-query', 'results', rows),
        );
        expect(narrator.narrate(draft).answer).not.toMatch(saysEmpty);
      }),
      { numRuns: 200 },
    );
  });

  it('go by the latest result of the query: a retry that found rows is not empty', () => {
    const base = makeDraft(7, 'profiler-sessions');
    const draft = withStep(
      withStep(base, query('profiler-cpu-query', 'results', [])),
      query('profiler-cpu-query', 'results', [{ function: 'f', selfMs: 1 }]),
    );
    expect(narrator.narrate(draft).answer).not.toMatch(saysEmpty);
  });

  it('ignore empty lists that are not findings (no AVDs, nothing to stop)', () => {
    const draft = withStep(makeDraft(3, 'profiler-sessions'), {
      calls: [{ id: 's1', name: 'stop-all-simulator-servers', arguments: {} }],
      results: [{ text: '{"stopped":[]}', isError: false }],
    });
    expect(narrator.narrate(draft).answer).not.toMatch(saysEmpty);
  });
});
