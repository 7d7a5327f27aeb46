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

  it('renders TRL DPO lines, the same for the same record', () => {
    const lines = trlPreferenceExporter.render(record);
    expect(lines).toHaveLength(pairs.length);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(Object.keys(first)).toEqual(['prompt', 'chosen', 'rejected', 'tools']);
    expect(trlPreferenceExporter.render(record)).toEqual(lines);
  });
});
