import { scriptedTrajectory } from '@forge/validate/testing';
import { describe, expect, it } from 'vitest';
import { preferencePairs, trlPreferenceExporter } from './preference.js';

describe('preference pairs', () => {
  const record = scriptedTrajectory(1);
  const pairs = preferencePairs(record);

  it('makes pairs from the self-check operators on a known-good trajectory', () => {
    const names = pairs.map((p) => p.operator);
    expect(names).toContain('ungrounded-tap');
    expect(names).toContain('unknown-argument');
    expect(names).toContain('missing-required');
  });

  it('keeps the expert turn as chosen and a different corrupted turn as rejected, after the same prompt', () => {
    for (const { pair } of pairs) {
      const index = pair.prompt.length;
      expect({ ...record.messages[index], content: '' }).toEqual(pair.chosen);
      expect(pair.rejected).not.toEqual(pair.chosen);
      // The pair differs in its calls only: no narration that names the expert's target.
      expect(pair.chosen.content).toBe('');
      expect(pair.rejected.content).toBe('');
      expect(pair.rejected.toolCalls).not.toEqual(pair.chosen.toolCalls);
      expect(pair.rejected.role).toBe('assistant');
      expect(pair.prompt.at(-1)?.role).not.toBe('assistant');
    }
  });

  it('keeps only pairs whose rejected step is itself the mistake the operator makes', () => {
    // Seed 16 describes, restarts the app, describes again, then taps. Taking
    // away both describes puts the restart where the first describe was: a
    // pair "describe, not restart" whose rejected step breaks no rule (the
    // ungrounded tap comes later), so it teaches an order, not grounding.
    const toggle = scriptedTrajectory(16);
    const names = (m: { toolCalls?: readonly { name: string }[] }) =>
      (m.toolCalls ?? []).map((c) => c.name);
    for (const { operator, pair } of preferencePairs(toggle)) {
      if (operator === 'tap-before-discovery')
        expect(names(pair.rejected)).toEqual(['gesture-tap']);
    }
  });

  it('renders TRL DPO lines, the same for the same record', () => {
    const lines = trlPreferenceExporter.render(record);
    expect(lines).toHaveLength(pairs.length);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(Object.keys(first)).toEqual(['prompt', 'chosen', 'rejected', 'tools']);
    expect(trlPreferenceExporter.render(record)).toEqual(lines);
  });
});
