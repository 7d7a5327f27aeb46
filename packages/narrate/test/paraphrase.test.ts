import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { type Paraphraser, paraphraseNarration } from '../src/paraphrase.js';
import { makeDraft } from './draft-factory.js';

const draft = makeDraft(21, 'toggle');
const narration = createNarrator().narrate(draft);

// Keeps every entity: wraps the text, so it is different and loses nothing.
const faithful: Paraphraser = async (text) => `In other words: ${text}`;
// Drops the setting label from the request, keeps everything else.
const lossy: Paraphraser = async (text, context) =>
  context.part === 'request'
    ? text.replaceAll(String(draft.task.params.setting), 'that thing')
    : text;
const throwing: Paraphraser = async () => {
  throw new Error('model offline');
};

describe('paraphraseNarration', () => {
  it('keeps paraphrases that keep every entity', async () => {
    const { narration: out, decisions } = await paraphraseNarration(narration, draft, faithful);
    expect(out.request).toBe(`In other words: ${narration.request}`);
    expect(out.answer).toBe(`In other words: ${narration.answer}`);
    expect(decisions.every((d) => d.kept)).toBe(true);
    expect(decisions).toHaveLength(narration.stepTexts.length + 2);
  });

  it('discards a request paraphrase that drops an entity, and says which', async () => {
    const { narration: out, decisions } = await paraphraseNarration(narration, draft, lossy, {
      parts: ['request'],
    });
    expect(out.request).toBe(narration.request);
    expect(decisions).toEqual([
      {
        part: 'request',
        kept: false,
        reason: 'dropped-entity',
        missing: [String(draft.task.params.setting)],
      },
    ]);
  });

  it('keeps the template text when the paraphraser throws or returns nothing', async () => {
    const thrown = await paraphraseNarration(narration, draft, throwing);
    expect(thrown.narration).toEqual(narration);
    expect(thrown.decisions.every((d) => !d.kept && d.reason === 'threw')).toBe(true);
    const empty = await paraphraseNarration(narration, draft, async () => '   ', {
      parts: ['answer'],
    });
    expect(empty.narration.answer).toBe(narration.answer);
    expect(empty.decisions).toEqual([{ part: 'answer', kept: false, reason: 'empty' }]);
  });

  it('discards an answer paraphrase that adds an unsupported value', async () => {
    const inventive: Paraphraser = async (text) => `${text} It also showed "999 errors".`;
    const { narration: out, decisions } = await paraphraseNarration(narration, draft, inventive, {
      parts: ['answer'],
    });
    expect(out.answer).toBe(narration.answer);
    expect(decisions[0]?.reason).toBe('ungrounded');
  });

  it('tells the paraphraser what it must keep', async () => {
    const seen: string[][] = [];
    await paraphraseNarration(
      narration,
      draft,
      async (text, context) => {
        seen.push([...context.mustKeep]);
        return text;
      },
      { parts: ['request'] },
    );
    expect(seen[0]).toEqual(
      expect.arrayContaining([draft.task.app, String(draft.task.params.setting)]),
    );
  });
});
