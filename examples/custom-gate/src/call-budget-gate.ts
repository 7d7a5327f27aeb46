import type { Gate, Violation } from '@forge/spec';
import { createGate } from '@forge/validate';

/**
 * A custom gate: an episode may make at most `limit` tool calls. A dataset
 * of short, direct episodes teaches a model not to wander; the built-in
 * gates say nothing about length, so this one adds it. Code:
 * `budget.too-many-calls`, placed on the first call over the limit.
 */
export function callBudgetGate(limit: number): Gate {
  return createGate('budget', (record) => {
    const out: Violation[] = [];
    let calls = 0;
    record.messages.forEach((message, messageIndex) => {
      if (message.role !== 'assistant') return;
      for (const call of message.toolCalls ?? []) {
        calls += 1;
        if (calls === limit + 1) {
          out.push({
            gate: 'budget',
            code: 'budget.too-many-calls',
            message: `call ${calls} (${call.name}) goes over the budget of ${limit} calls`,
            messageIndex,
            callId: call.id,
          });
        }
      }
    });
    return out;
  });
}
