import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default-catalog.js';
import { systemPrompt } from './system-prompt.js';

const toolNames = (text: string): string[] => text.match(/(?<![\w*-])[a-z]+(?:-[a-z]+)+\b/g) ?? [];

describe('systemPrompt', () => {
  it('teaches all fourteen rules in the full style', () => {
    const numbered = systemPrompt('full').match(/^\d+\. /gm) ?? [];
    expect(numbered).toHaveLength(14);
  });

  it('keeps the compact style near 120 tokens (about 4 characters each)', () => {
    const text = systemPrompt('compact');
    expect(text.length / 4).toBeLessThan(140);
    for (const essential of ['list-devices', 'describe', 'launch-app', 'open-url', 'run-sequence'])
      expect(text).toContain(essential);
    expect(text).toContain('stop-all-simulator-servers');
  });

  it('names only tools the default catalog holds', () => {
    const catalog = defaultCatalog();
    for (const style of ['full', 'compact'] as const) {
      const unknown = toolNames(systemPrompt(style)).filter(
        (name) => !catalog.has(name) && !['home-screen', 'app-level'].includes(name),
      );
      expect(unknown).toEqual([]);
    }
  });
});
