import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentKey } from './content-key.js';
import { sampleMessages, sampleRecord } from './internal/sample-record.test-helper.js';

const reworded = sampleRecord({
  id: 'other',
  seed: 99,
  split: 'test',
  meta: { ...sampleRecord().meta, persona: 'chatty' },
  messages: sampleMessages.map((m) =>
    m.role === 'user' || m.role === 'assistant'
      ? { ...m, content: `${m.content} (said differently)` }
      : m,
  ),
});

describe('contentKey', () => {
  it('ignores narration, persona, id, seed and split', () => {
    expect(contentKey(reworded)).toBe(contentKey(sampleRecord()));
    // Another app name or platform with the very same calls teaches the same thing.
    const renamed = sampleRecord({
      meta: { ...sampleRecord().meta, app: 'Other App', platform: 'android' },
    });
    expect(contentKey(renamed)).toBe(contentKey(sampleRecord()));
    expect(contentKey(sampleRecord())).toMatch(/^[0-9a-f]{28}$/);
  });

  it('ignores argument key order', () => {
    const swapped = sampleRecord({
      messages: sampleMessages.map((m) =>
        m.role === 'assistant' && m.toolCalls
          ? {
              ...m,
              toolCalls: m.toolCalls.map((c) => ({
                ...c,
                arguments: Object.fromEntries(Object.entries(c.arguments).reverse()),
              })),
            }
          : m,
      ),
    });
    expect(contentKey(swapped)).toBe(contentKey(sampleRecord()));
  });

  it('changes with any call argument or the family', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }).filter((x) => x !== 0.5),
        (x) => {
          const moved = sampleRecord({
            messages: sampleMessages.map((m) =>
              m.role === 'assistant' && m.toolCalls?.[0]?.name === 'gesture-tap'
                ? {
                    ...m,
                    toolCalls: [
                      { ...m.toolCalls[0], arguments: { ...m.toolCalls[0].arguments, x } },
                    ],
                  }
                : m,
            ),
          });
          expect(contentKey(moved)).not.toBe(contentKey(sampleRecord()));
        },
      ),
    );
    const family = sampleRecord({ meta: { ...sampleRecord().meta, family: 'navigate-tap' } });
    expect(contentKey(family)).not.toBe(contentKey(sampleRecord()));
  });
});
