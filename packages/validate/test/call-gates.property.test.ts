import type { HistoryStep, Violation } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deviceOrderCallGate,
  deviceOrderGate,
  groundingCallGate,
  groundingGate,
  offeredCallGate,
  offeredGate,
  policyCallGate,
  policyGate,
  schemaCallGate,
  schemaGate,
} from '../src/index.js';
import { callEntries } from '../src/internal/walk.js';
import { scriptedTrajectory } from '../src/testing/scripted-player.js';
import { corruptedTrajectoryArb } from '../src/testing.js';
import { context } from './support/context.js';

const pairs = [
  [schemaGate, schemaCallGate],
  [offeredGate, offeredCallGate],
  [deviceOrderGate, deviceOrderCallGate],
  [policyGate, policyCallGate],
  [groundingGate, groundingCallGate],
] as const;

const key = (v: Violation) => `${v.callId} ${v.code}`;

describe('per-call gates', () => {
  it('pin on each call exactly what the whole-record gates pin on it', () => {
    fc.assert(
      fc.property(corruptedTrajectoryArb(scriptedTrajectory), ({ record }) => {
        const entries = callEntries(record);
        for (const [whole, perCall] of pairs) {
          const expected = whole
            .check(record, context)
            .filter((v) => v.callId !== undefined)
            .map(key)
            .sort();
          const got: string[] = [];
          entries.forEach((entry, i) => {
            const history: HistoryStep[] = entries.slice(0, i).map((e) => ({
              calls: [e.call],
              results: e.result
                ? [{ text: e.result.content, isError: e.result.isError === true }]
                : [],
            }));
            const found = perCall.checkCall(entry.call, {
              catalog: context.catalog,
              tools: record.tools,
              history,
              messages: record.messages.slice(0, entry.messageIndex + 1),
            });
            // The offered-schema mismatch is record-level in the whole gate, per call here.
            got.push(...found.filter((v) => v.code !== 'schema.offered-mismatch').map(key));
          });
          expect(got.sort()).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
