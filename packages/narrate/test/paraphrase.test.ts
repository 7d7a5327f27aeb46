import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerIsGrounded } from '../src/answers/grounding.js';
import { createNarrator } from '../src/narrator.js';
import { type Paraphraser, paraphraseNarration } from '../src/paraphrase.js';
import { usedIdentifiers } from '../src/requests/project-facts.js';
import { missingEntities, requiredEntities } from '../src/requests/required-entities.js';
import { familyIds, makeDraft } from './draft-factory.js';

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

describe('paraphraseNarration with awkward paraphrasers', () => {
  // Settles on a later turn of the event loop, like a network call would.
  const later = <T>(value: T): Promise<T> =>
    new Promise((resolve) => setImmediate(() => resolve(value)));

  it('waits for a paraphrase that settles later and applies the guard to it', async () => {
    const setting = String(draft.task.params.setting);
    const slow: Paraphraser = (text, context) =>
      later(context.part === 'request' ? text.replaceAll(setting, 'it') : `So: ${text}`);
    const { narration: out, decisions } = await paraphraseNarration(narration, draft, slow);
    expect(out.request).toBe(narration.request);
    expect(decisions[0]).toEqual({
      part: 'request',
      kept: false,
      reason: 'dropped-entity',
      missing: [setting],
    });
    expect(out.stepTexts).toEqual(narration.stepTexts.map((t) => `So: ${t}`));
    expect(out.answer).toBe(`So: ${narration.answer}`);
  });

  it('keeps the template for the texts whose paraphrase failed and the paraphrase for the rest', async () => {
    const flaky: Paraphraser = async (text, context) => {
      if (context.part === 'step' && (context.index ?? 0) % 2 === 0) {
        await later(undefined);
        throw new Error('rate limited');
      }
      return `Right: ${text}`;
    };
    const { narration: out, decisions } = await paraphraseNarration(narration, draft, flaky);
    out.stepTexts.forEach((text, index) => {
      const template = narration.stepTexts[index];
      expect(text).toBe(index % 2 === 0 ? template : `Right: ${template}`);
    });
    expect(out.request).toBe(`Right: ${narration.request}`);
    const steps = decisions.filter((d) => d.part === 'step');
    expect(steps.map((d) => d.kept)).toEqual(narration.stepTexts.map((_, i) => i % 2 === 1));
    expect(steps.filter((d) => !d.kept).every((d) => d.reason === 'threw')).toBe(true);
  });

  it('survives a paraphraser that throws before returning a promise, or resolves to a non-string', async () => {
    const sync = (() => {
      throw new Error('not configured');
    }) as unknown as Paraphraser;
    const thrown = await paraphraseNarration(narration, draft, sync);
    expect(thrown.narration).toEqual(narration);
    expect(thrown.decisions.every((d) => d.reason === 'threw')).toBe(true);
    const odd = (async () => undefined) as unknown as Paraphraser;
    const out = await paraphraseNarration(narration, draft, odd);
    expect(out.narration).toEqual(narration);
    expect(out.decisions.every((d) => !d.kept)).toBe(true);
  });

  it('never lets a kept text lose an entity, whatever the paraphraser does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(...familyIds),
        fc.infiniteStream(fc.constantFrom('wrap', 'drop', 'throw', 'empty')),
        async (seed, family, moves) => {
          const d = makeDraft(seed, family);
          const n = createNarrator().narrate(d);
          const it = moves[Symbol.iterator]();
          // What the paraphraser answered for each part, to hold kept texts to it.
          const answered = new Map<string, string>();
          const key = (part: string, index?: number) => `${part}:${index ?? ''}`;
          const chaotic: Paraphraser = async (text, context) => {
            const move = it.next().value;
            if (move === 'throw') throw new Error('boom');
            let reply = `Well, ${text}`;
            if (move === 'empty') reply = '';
            // Entities match whatever their case, so a drop that kept another
            // casing would not lose it: a drop that changes nothing is kept.
            if (move === 'drop' && context.mustKeep.length > 0)
              reply = text.split(context.mustKeep[0] as string).join('');
            answered.set(key(context.part, context.index), reply);
            return reply;
          };
          const { narration: out, decisions } = await paraphraseNarration(n, d, chaotic);
          expect(missingEntities(out.request, requiredEntities(d.task))).toEqual([]);
          expect(answerIsGrounded(out.answer, d).ok).toBe(true);
          const texts = [out.request, ...out.stepTexts, out.answer];
          const before = [n.request, ...n.stepTexts, n.answer];
          decisions.forEach((decision, i) => {
            const reply = answered.get(key(decision.part, decision.index));
            expect(texts[i]).toBe(decision.kept ? reply : before[i]);
            if (decision.kept) expect(reply).not.toBe('');
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('entity matching', () => {
  it('counts an entity only as a whole, not inside a longer word', () => {
    expect(missingEntities('Open https://homebuddy.example.com now', ['Home'])).toEqual(['Home']);
    expect(missingEntities('Open the (home) tab', ['Home'])).toEqual([]);
    expect(missingEntities('Saved to /api/orders/42', ['/api/orders'])).toEqual([]);
    expect(missingEntities('Saved to /api/ordersx', ['/api/orders'])).toEqual(['/api/orders']);
    expect(missingEntities('‹ Back is there', ['‹ Back'])).toEqual([]);
  });

  it('discards an answer paraphrase that drops a quoted title a URL happens to contain', async () => {
    const d = {
      ...makeDraft(3, 'chromium-tabs'),
      success: true,
      facts: {},
      task: {
        ...makeDraft(3, 'chromium-tabs').task,
        params: {
          app: 'HomeBuddy',
          platform: 'chromium',
          url: 'https://homebuddy.example.com/',
          tab: 'Home',
        },
      },
    } as const;
    const n = createNarrator().narrate(d);
    expect(n.answer).toMatch(/["“]Home["”]/);
    const dropTitle: Paraphraser = async (text) => text.replace(/["“]Home["”]/, '""');
    const { narration: out, decisions } = await paraphraseNarration(n, d, dropTitle, {
      parts: ['answer'],
    });
    expect(out.answer).toBe(n.answer);
    expect(decisions).toEqual([
      { part: 'answer', kept: false, reason: 'dropped-entity', missing: ['Home'] },
    ]);
  });
});

describe('entities that are also common words', () => {
  const toggle = makeDraft(4, 'toggle');
  const task = {
    ...toggle.task,
    params: { app: 'Notely', platform: 'ios', setting: 'Sounds', state: 'on', screen: 'Settings' },
  } as const;
  const d = { ...toggle, task };
  // The bundle id the draft's launch-app uses: the user names it, so a paraphrase must keep it.
  const bundle = usedIdentifiers(d)
    .map((f) => f.value)
    .join(' ');
  const request = `Please turn Sounds on on the Settings screen in Notely (${bundle}).`;
  const base = { ...createNarrator().narrate(d), request };

  it('discards a request paraphrase that flips "on" to "off" although "on" is still in it', async () => {
    const flip: Paraphraser = async (text) => text.replace('Sounds on', 'Sounds off');
    const { narration: out, decisions } = await paraphraseNarration(base, d, flip, {
      parts: ['request'],
    });
    expect(out.request).toBe(request);
    expect(decisions).toEqual([
      { part: 'request', kept: false, reason: 'dropped-entity', missing: ['on'] },
    ]);
  });

  it('keeps a rewording that keeps every entity as often as the template has it', async () => {
    const reword: Paraphraser = async () =>
      `In Notely (${bundle}), on the Settings screen, switch Sounds on.`;
    const { narration: out, decisions } = await paraphraseNarration(base, d, reword, {
      parts: ['request'],
    });
    expect(out.request).toBe(`In Notely (${bundle}), on the Settings screen, switch Sounds on.`);
    expect(decisions).toEqual([{ part: 'request', kept: true }]);
  });
});
