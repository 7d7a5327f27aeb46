import { describe, expect, it } from 'vitest';
import { personaById, personas } from './personas.js';

describe('personas', () => {
  it('has at least the four asker types, with unique ids', () => {
    const ids = personas.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['developer', 'builder', 'seeker', 'terse'])
      expect(personaById(id)?.id).toBe(id);
    expect(personaById('nobody')).toBeUndefined();
  });
});

describe('persona registers', () => {
  it('give every persona renderable openers, leads, contexts and closers', async () => {
    const { render } = await import('./internal/template.js');
    const { createNarrateRng } = await import('./internal/rng.js');
    const scope = { rng: createNarrateRng(1), value: () => undefined, quote: (t: string) => t };
    for (const persona of personas) {
      expect(persona.deviceMention).toBeGreaterThan(0);
      for (const list of [persona.openers, persona.leads, persona.contexts, persona.closers]) {
        expect(list.length).toBeGreaterThan(0);
        for (const template of list) expect(render(template, scope)).toBeDefined();
      }
    }
  });
});
