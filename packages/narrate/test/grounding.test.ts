import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerIsGrounded } from '../src/answers/grounding.js';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

const narrator = createNarrator();
const draft = makeDraft(2, 'profile-drilldown');
const field = String(draft.task.params.field);
const weight = String(draft.facts.value);

describe('answerIsGrounded', () => {
  it('accepts every answer the narrator writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...familyIds, 'some-new-family'),
        fc.boolean(),
        (seed, family, success) => {
          const d = { ...makeDraft(seed, family), success };
          const report = answerIsGrounded(narrator.narrate(d).answer, d);
          expect(report.unsupported).toEqual([]);
          expect(report.ok).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts a hand-written answer built from the facts and params', () => {
    const answer = `${field} on the profile is "${weight}", as I read it in ${draft.task.app}.`;
    expect(answerIsGrounded(answer, draft)).toEqual({ ok: true, unsupported: [] });
  });

  it('rejects a value that is not in the draft', () => {
    const report = answerIsGrounded(`Your ${field} is "123 kg".`, draft);
    expect(report.ok).toBe(false);
    expect(report.unsupported).toContain('123 kg');
  });

  it('rejects a bare number and a name that nothing observed', () => {
    const report = answerIsGrounded(
      'It took 731 ms and the culprit is in Zanzibar Settings.',
      draft,
    );
    expect(report.unsupported).toEqual(expect.arrayContaining(['731', 'Zanzibar Settings']));
  });

  it('does not accept a number because it is part of a longer one', () => {
    const bare = { ...draft, steps: [], facts: { total: '1423 steps' } };
    expect(answerIsGrounded('The total is 1423.', bare).ok).toBe(true);
    expect(answerIsGrounded('The total is 42.', bare).unsupported).toEqual(['42']);
  });

  it('accepts an error message quoted from an observation', () => {
    const failed = { ...makeDraft(0, 'navigate-tap'), success: false };
    const errorStep = failed.steps.find((s) => s.results.some((r) => r.isError));
    const text = errorStep?.results[0]?.text ?? 'none';
    expect(answerIsGrounded(`The tool said: “${text}”.`, failed).ok).toBe(errorStep !== undefined);
  });
});
