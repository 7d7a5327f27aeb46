import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWireCalls } from '../src/client/openai-wire.js';
import { formatNames } from '../src/formats/wire-format.js';
import { wireFormat } from '../src/formats/wire-formats.js';
import { defaultCallGates } from '../src/gates/default-gates.js';
import { runEpisode } from '../src/loop/run-episode.js';
import type { PolicyUnderTest } from '../src/policy-under-test.js';
import { createTestTapEnv } from '../src/testing/test-tap-env.js';
import { testTapExpert } from '../src/testing/test-tap-expert.js';

const pieces = fc.constantFrom(
  '<tool_call>',
  '</tool_call>',
  '```tool_call',
  '```',
  '{"name": "describe", "arguments": {"udid": "emulator-5554"}}',
  '{"name": "gesture-tap", "arguments": {"udid": "x", "x": 2, "y": -1}}',
  '{"name": 3}',
  '{',
  '}',
  '"',
  '\\',
  '\n',
  '<end_of_turn>',
  'Done.',
);
const replyText = fc.oneof(
  fc.string(),
  fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
);
const reads = new Set(['calls', 'final', 'format-error']);

describe('fuzz: arbitrary model replies', () => {
  it('never crash a format reader', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...formatNames),
        replyText,
        fc.constantFrom('stop', 'length', 'tool_calls'),
        (name, content, finishReason) => {
          const read = wireFormat(name).read({ content, toolCalls: [], finishReason }, 0);
          expect(reads.has(read.kind)).toBe(true);
          if (read.kind === 'calls') expect(read.calls.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never crash the native tool_calls reader', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (calls) => {
        const read = fromWireCalls(calls);
        if (read.success) for (const c of read.calls) expect(typeof c.arguments).toBe('object');
        else expect(read.reason).toMatch(/tool_calls\[\d+\]/);
      }),
    );
  });

  it('never crash the loop, which always ends and keeps one log entry per turn', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(replyText, { minLength: 1, maxLength: 8 }), async (replies) => {
        const format = wireFormat('hermes');
        const policy: PolicyUnderTest = {
          name: 'fuzz',
          async next(context) {
            const content = replies[context.turn % replies.length] ?? '';
            const read = format.read(
              { content, toolCalls: [], finishReason: 'stop' },
              context.turn,
            );
            const raw = { content, finishReason: 'stop' };
            if (read.kind === 'format-error')
              return { kind: 'format-error', reason: read.reason, raw };
            if (read.kind === 'final')
              return { kind: 'action', action: { type: 'final', text: read.text }, raw };
            return { kind: 'action', action: { type: 'call', calls: read.calls }, raw };
          },
        };
        const result = await runEpisode(
          createTestTapEnv(),
          { index: 0, seed: 9_000_000, repeat: 0, sampleSeed: 1 },
          {
            policy,
            reference: testTapExpert,
            gates: defaultCallGates,
            systemPrompt: () => 'fuzz',
            maxTurns: 12,
            maxFormatErrors: 3,
          },
        );
        expect(result.log.length).toBe(result.turns);
        expect(result.turns).toBeLessThanOrEqual(12);
        expect(['final', 'step-limit', 'format-errors', 'truncated']).toContain(result.end);
      }),
      { numRuns: 150 },
    );
  });
});
