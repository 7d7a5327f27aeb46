import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { personas } from '../src/personas.js';
import { grammarFamilies, grammarFor } from '../src/requests/registry.js';
import { missingEntities, requiredEntities } from '../src/requests/required-entities.js';
import { familyIds, makeDraft } from './draft-factory.js';

const narrator = createNarrator();
const anyFamily = fc.constantFrom(...familyIds, 'some-new-family');
const anyDraft = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), anyFamily, fc.constantFrom('wide', 'small'))
  .map(([seed, family, pool]) => makeDraft(seed, family, pool as 'wide' | 'small'));

describe('createNarrator', () => {
  it('has a grammar for every family of docs/families.md', () => {
    expect([...grammarFamilies].sort()).toEqual([...familyIds].sort());
  });

  it('narrates the same draft the same way', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(createNarrator().narrate(draft)).toEqual(narrator.narrate(draft));
      }),
    );
  });

  it('usually words the same task differently under different seeds', () => {
    const base = makeDraft(5, 'toggle');
    const requests = new Set(
      Array.from({ length: 20 }, (_, seed) => narrator.narrate({ ...base, seed }).request),
    );
    expect(requests.size).toBeGreaterThanOrEqual(18);
  });

  it('writes one step text per step, none empty', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const { stepTexts } = narrator.narrate(draft);
        expect(stepTexts).toHaveLength(draft.steps.length);
        for (const text of stepTexts) expect(text.trim()).not.toBe('');
      }),
    );
  });

  it('puts every required entity of the task into the request', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const { request } = narrator.narrate(draft);
        expect(missingEntities(request, requiredEntities(draft.task))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('names entities that end in "?" or hide inside a longer token, whole', () => {
    const withParams = (family: string, params: Record<string, string>) => {
      const base = makeDraft(1, family);
      return {
        ...base,
        task: {
          ...base.task,
          app: params.app ?? base.task.app,
          params: { ...base.task.params, ...params },
        },
      };
    };
    const drafts = [
      withParams('network-inspect', { screen: 'Where to?', endpoint: '/api/me' }),
      withParams('profile-drilldown', { field: 'Balance (approx.)' }),
      withParams('cookies-storage', { app: 'KiteKit', cookie: 'kitekit_session', value: '42' }),
      withParams('deep-link', {
        app: 'GuideKit',
        url: 'guidekitapp://favourites',
        screen: 'Favourites',
      }),
    ];
    for (const draft of drafts)
      for (const persona of personas)
        for (let seed = 0; seed < 60; seed += 1) {
          const d = { ...draft, seed };
          const { request } = createNarrator({ persona: persona.id }).narrate(d);
          expect(missingEntities(request, requiredEntities(d.task)), request).toEqual([]);
        }
  });

  it('uses every persona, favouring developer for profiling and builder/seeker for UI', () => {
    const count = (family: string) => {
      const tally: Record<string, number> = {};
      for (let seed = 0; seed < 400; seed += 1) {
        const { persona } = narrator.narrate(makeDraft(seed, family));
        tally[persona] = (tally[persona] ?? 0) + 1;
      }
      return tally;
    };
    const profiling = count('profile-performance');
    const ui = count('navigate-tap');
    for (const persona of personas) expect(ui[persona.id] ?? 0).toBeGreaterThan(0);
    expect(profiling.developer ?? 0).toBeGreaterThan(200);
    expect((ui.builder ?? 0) + (ui.seeker ?? 0)).toBeGreaterThan(200);
    expect(profiling.terse ?? 0).toBeGreaterThan(0);
  });

  it('weights all four personas in every family and draws the heaviest most often', () => {
    for (const family of familyIds) {
      const weights = grammarFor(family).weights;
      const tally: Record<string, number> = {};
      const base = makeDraft(1, family);
      for (let seed = 0; seed < 300; seed += 1) {
        const { persona } = narrator.narrate({ ...base, seed, steps: [] });
        tally[persona] = (tally[persona] ?? 0) + 1;
      }
      for (const persona of personas) {
        expect(weights[persona.id], `${family} ${persona.id}`).toBeGreaterThan(0);
        expect(tally[persona.id] ?? 0, `${family} ${persona.id}`).toBeGreaterThan(0);
      }
      const heaviest = Math.max(...personas.map((p) => weights[p.id]));
      const [mostDrawn] = Object.entries(tally).sort((a, b) => b[1] - a[1])[0] ?? [];
      expect(weights[mostDrawn as keyof typeof weights], family).toBe(heaviest);
    }
  });

  it('honours a fixed persona and per-family weights from options', () => {
    const draft = makeDraft(3, 'login');
    expect(createNarrator({ persona: 'terse' }).narrate(draft).persona).toBe('terse');
    const weights = { login: { developer: 0, builder: 0, seeker: 1, terse: 0 } };
    expect(createNarrator({ personaWeights: weights }).narrate(draft).persona).toBe('seeker');
  });

  it('falls back to the goal for an unknown family and still names its entities', () => {
    const draft = makeDraft(9, 'some-new-family');
    const { request } = narrator.narrate(draft);
    expect(request.toLowerCase()).toContain('complete the some-new-family task');
    expect(missingEntities(request, requiredEntities(draft.task))).toEqual([]);
  });

  it('names only the device the calls used', () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const draft = makeDraft(seed, 'navigate-tap');
      const { request } = narrator.narrate(draft);
      expect(request).not.toContain('Other device');
    }
  });

  it('says a mobile long press was a long press and a web drag went to its amount', () => {
    let pressed = 0;
    let dragged = 0;
    for (let seed = 0; seed < 120; seed += 1) {
      const draft = { ...makeDraft(seed, 'drag-gesture'), success: true };
      const { answer } = narrator.narrate(draft);
      const amount = draft.task.params.amount;
      if (amount === undefined) {
        // Before: "I dragged …" for a press-and-hold that dragged nothing.
        expect(answer).not.toMatch(/dragged/i);
        expect(answer).toMatch(/long-pressed/);
        pressed += 1;
      } else {
        expect(answer).toContain(`to ${amount}`);
        dragged += 1;
      }
    }
    expect(pressed).toBeGreaterThan(10);
    expect(dragged).toBeGreaterThan(10);
  });

  it('says honestly when the task failed', () => {
    const draft = { ...makeDraft(4, 'toggle'), success: false };
    const { answer } = narrator.narrate(draft);
    expect(answer).toMatch(/couldn't|didn't|not/i);
  });
});
