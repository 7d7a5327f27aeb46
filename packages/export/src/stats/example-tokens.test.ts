import type { JsonObject, TrajectoryRecord } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../internal/sample-record.test-helper.js';
import { createExampleTokenCounter, templateOverhead } from './example-tokens.js';
import { estimateTokens } from './token-estimate.js';

/** A tool named `name`: one catalog, so one schema per name. */
const tool = (name: string, description: string, schema: JsonObject) => ({
  name,
  description,
  inputSchema: schema,
});

const catalog = fc.uniqueArray(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    description: fc.string({ maxLength: 60 }),
    schema: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer())),
  }),
  { minLength: 1, maxLength: 12, selector: (t) => t.name },
);

describe('createExampleTokenCounter', () => {
  it('counts the tools section as the estimate of the JSON array, rounded up per tool, cached per tool', () => {
    fc.assert(
      fc.property(
        catalog,
        fc.array(fc.array(fc.nat(), { maxLength: 14 }), { minLength: 1, maxLength: 6 }),
        (tools, picks) => {
          const count = createExampleTokenCounter();
          for (const pick of picks) {
            const offered = pick.map((i) => {
              const t = tools[i % tools.length] as (typeof tools)[number];
              return tool(t.name, t.description, t.schema);
            });
            const record: TrajectoryRecord = { ...sampleRecord(), tools: offered, messages: [] };
            // The parts round up at most once each more than the whole array.
            const section =
              count(record) - (offered.length > 0 ? templateOverhead.toolPreamble : 0);
            const whole = estimateTokens(JSON.stringify(offered));
            expect(section).toBeGreaterThanOrEqual(whole);
            expect(section).toBeLessThanOrEqual(whole + offered.length + 1);
          }
        },
      ),
    );
  });
});

describe('createExampleTokenCounter system prompt cache', () => {
  it('counts a record the same whether its system prompt was seen before or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (prompts, picks) => {
          // One counter that has seen every earlier record (its caches warm,
          // past their limit too) against a fresh counter per record.
          const warm = createExampleTokenCounter();
          for (const pick of picks) {
            const content = prompts[pick % prompts.length] as string;
            const messages = [{ role: 'system' as const, content }, ...sampleRecord().messages];
            const record: TrajectoryRecord = { ...sampleRecord(), messages };
            expect(warm(record)).toBe(createExampleTokenCounter()(record));
          }
        },
      ),
    );
  });
});
