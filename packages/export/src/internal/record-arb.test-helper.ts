import type { JsonObject, Message, TrajectoryRecord } from '@forge/spec';
import fc from 'fast-check';
import { sampleRecord } from './sample-record.test-helper.js';

const callArb = fc.record({
  name: fc.constantFrom('list-devices', 'describe', 'gesture-tap', 'launch-app'),
  arguments: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }) as fc.Arbitrary<JsonObject>,
});

/** One tool-using step: an assistant turn with 1–3 calls and a result for each. */
const stepArb = fc
  .tuple(
    fc.string(),
    fc.array(callArb, { minLength: 1, maxLength: 3 }),
    fc.array(fc.string(), { minLength: 3, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([content, calls, outputs, isError]): Message[] => [
    { role: 'assistant', content, toolCalls: calls.map((call, i) => ({ id: `c${i}`, ...call })) },
    ...calls.map(
      (call, i): Message => ({
        role: 'tool',
        toolCallId: `c${i}`,
        name: call.name,
        content: outputs[i] ?? '',
        ...(isError ? { isError } : {}),
      }),
    ),
  ]);

/** A user request, some tool-using steps, and a final answer. */
const exchangeArb = fc
  .tuple(fc.string(), fc.array(stepArb, { maxLength: 5 }), fc.string())
  .map(([request, steps, answer]): Message[] => [
    { role: 'user', content: request },
    ...steps.flat(),
    { role: 'assistant', content: answer },
  ]);

/** Canonical-shaped records: a system prompt and one to three exchanges. */
export const recordArb: fc.Arbitrary<TrajectoryRecord> = fc
  .tuple(fc.string(), fc.array(exchangeArb, { minLength: 1, maxLength: 3 }))
  .map(([system, exchanges]) =>
    sampleRecord({ messages: [{ role: 'system', content: system }, ...exchanges.flat()] }),
  );
