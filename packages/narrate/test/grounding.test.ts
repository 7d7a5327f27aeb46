import type { DraftStep, EpisodeDraft, JsonValue } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerIsGrounded } from '../src/answers/grounding.js';
import { quotedStrings } from '../src/internal/claims.js';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

const narrator = createNarrator();
const observing = (text: string): DraftStep => ({
  calls: [{ id: 'c1', name: 'debugger-evaluate', arguments: {} }],
  results: [{ text, isError: false }],
});
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
    const bare = { ...draft, steps: [observing('{"total":"1423 steps"}')], facts: {} };
    expect(answerIsGrounded('The total is 1423.', bare).ok).toBe(true);
    expect(answerIsGrounded('The total is 42.', bare).unsupported).toEqual(['42']);
  });

  it('reads names with letters beyond ASCII whole, and only as wholes', () => {
    const cafe = { ...draft, steps: [observing('AXHeading "Lisbon Café area" id="t"')], facts: {} };
    expect(answerIsGrounded('I opened the Lisbon Café area screen.', cafe)).toEqual({
      ok: true,
      unsupported: [],
    });
    expect(answerIsGrounded('Then I went to Zürich Bahnhof.', cafe).unsupported).toEqual([
      'Zürich Bahnhof',
    ]);
    const home = { ...draft, steps: [observing('https://homebuddy.example.com/')], facts: {} };
    expect(answerIsGrounded('It opened on "Home".', home).unsupported).toEqual(['Home']);
  });

  it('takes no fact as evidence unless an observation shows it', () => {
    const claimed = {
      ...draft,
      steps: [observing('{"reloaded":true}')],
      facts: { build: 'Nightly 7' },
    };
    expect(answerIsGrounded('The build is "Nightly 7".', claimed).unsupported).toEqual([
      'Nightly 7',
    ]);
    const shown = { ...claimed, steps: [observing('{"build":"Nightly 7"}')] };
    expect(answerIsGrounded('The build is "Nightly 7".', shown).ok).toBe(true);
  });

  it('accepts an error message quoted from an observation', () => {
    const failed = { ...makeDraft(0, 'navigate-tap'), success: false };
    const errorStep = failed.steps.find((s) => s.results.some((r) => r.isError));
    const text = errorStep?.results[0]?.text ?? 'none';
    expect(answerIsGrounded(`The tool said: “${text}”.`, failed).ok).toBe(errorStep !== undefined);
  });
});

/** Every string and number leaf of the facts. */
function factValues(value: JsonValue, out: (string | number)[] = []): (string | number)[] {
  if (Array.isArray(value)) for (const item of value) factValues(item, out);
  else if (value !== null && typeof value === 'object')
    for (const inner of Object.values(value)) factValues(inner, out);
  else if (typeof value === 'string' || typeof value === 'number') out.push(value);
  return out;
}

describe('the answer states what the observations show', () => {
  it('states every observed fact verbatim and none that no observation shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...familyIds),
        fc.boolean(),
        (seed, family, success) => {
          const base = makeDraft(seed, family);
          // The policy claims two things nothing in the episode printed.
          const d: EpisodeDraft = {
            ...base,
            success,
            facts: { ...base.facts, build: 'Quokka Nightly', crashCount: 8675309 },
          };
          const { answer } = narrator.narrate(d);
          expect(answer).not.toContain('Quokka Nightly');
          expect(answer).not.toContain('8675309');
          for (const value of factValues(base.facts as JsonValue))
            expect(answer).toContain(String(value));
          expect(answerIsGrounded(answer, d)).toEqual({ ok: true, unsupported: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a label/value pair only when both were observed', () => {
    const read = { ...draft, success: true };
    expect(narrator.narrate(read).answer).toContain(weight);
    const unseen = { ...read, facts: { label: field, value: '61 kg' } };
    const { answer } = narrator.narrate(unseen);
    expect(weight).not.toBe('61 kg');
    expect(answer).not.toContain('61 kg');
  });

  it('says a boolean fact as a state, never as a quoted string the tool did not print', () => {
    const d: EpisodeDraft = {
      ...draft,
      success: true,
      steps: [observing('{"reinstalled":true,"dataWiped":true,"cached":false}')],
      facts: { dataWiped: true, cached: false },
    };
    for (let seed = 0; seed < 20; seed += 1) {
      const { answer } = narrator.narrate({ ...d, seed });
      expect(answer).toMatch(/data wiped, not cached\./);
      expect(answer).not.toMatch(/["“']yes|["“']no/);
      expect(answerIsGrounded(answer, d).ok).toBe(true);
    }
  });

  it('names a numbered second fact without its number (a two-switch toggle)', () => {
    const d: EpisodeDraft = {
      ...draft,
      success: true,
      steps: [observing('AXSwitch "Satellite history" value="1"\nAXSwitch "Transit" value="0"')],
      facts: { setting: 'Satellite history', checked: true, setting2: 'Transit', checked2: false },
    };
    for (let seed = 0; seed < 20; seed += 1) {
      const { answer } = narrator.narrate({ ...d, seed });
      expect(answer).not.toMatch(/setting2|checked2/);
      expect(answer).toMatch(
        /setting ["“]Satellite history["”], checked, setting ["“]Transit["”], not checked\./,
      );
    }
  });

  it('quotes a value holding quote marks so the quote reads back as the whole value', () => {
    const message = 'Each child in a list should have a unique "key" prop.';
    const d: EpisodeDraft = {
      ...draft,
      success: true,
      steps: [observing(`warn: ${message}`)],
      facts: { message },
    };
    for (let seed = 0; seed < 20; seed += 1) {
      const { answer } = narrator.narrate({ ...d, seed });
      expect(quotedStrings(answer)).toContain(message);
      expect(answerIsGrounded(answer, d).ok).toBe(true);
    }
  });
});
