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
