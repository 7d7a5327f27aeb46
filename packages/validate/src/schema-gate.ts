import type { Gate, GateContext, TrajectoryRecord, Violation } from '@forge/spec';

/**
 * The schema gate: every call's arguments must validate against its tool's
 * closed JSON Schema in the catalog. Codes are `schema.<issue>`, e.g.
 * `schema.unknown-argument`, `schema.missing-required`.
 */
export const schemaGate: Gate = {
  name: 'schema',
  check(record: TrajectoryRecord, context: GateContext): readonly Violation[] {
    const violations: Violation[] = [];
    record.messages.forEach((message, messageIndex) => {
      if (message.role !== 'assistant' || !message.toolCalls) return;
      for (const call of message.toolCalls) {
        for (const issue of context.catalog.checkArguments(call.name, call.arguments)) {
          violations.push({
            gate: 'schema',
            code: `schema.${issue.code}`,
            message: `${call.name}: ${issue.message}`,
            messageIndex,
            callId: call.id,
          });
        }
      }
    });
    return violations;
  },
};
