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

describe('calls the toolkit refuses', () => {
  /** History before the first gesture-tap of a navigate-tap record, with `extra` inserted before it. */
  function beforeFirstTap(extra: HistoryStep[]) {
    const record = scriptedTrajectory(0, { families: ['navigate-tap'], injections: 'none' });
    const entries = callEntries(record);
    const at = entries.findIndex((e) => e.call.name === 'gesture-tap');
    const tap = entries[at];
    if (!tap) throw new Error('no tap in the scripted record');
    const history: HistoryStep[] = entries.slice(0, at).map((e) => ({
      calls: [e.call],
      results: e.result ? [{ text: e.result.content, isError: e.result.isError === true }] : [],
    }));
    const udid = tap.call.arguments.udid ?? '';
    const swipe = (args: Record<string, unknown>): HistoryStep => ({
      calls: [
        {
          id: 'swipe',
          name: 'gesture-swipe',
          arguments: { udid, fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.2, ...args },
        } as never,
      ],
      results: [{ text: 'Error: invalid arguments', isError: true }],
    });
    return { record, tap, history: [...history, ...extra], swipe };
  }

  it('do not change the screen: a tap after a schema-refused swipe stays grounded', () => {
    const probe = beforeFirstTap([]);
    const check = (extra: HistoryStep) =>
      groundingCallGate
        .checkCall(probe.tap.call, {
          catalog: context.catalog,
          tools: probe.record.tools,
          history: [...probe.history, extra],
          messages: probe.record.messages,
        })
        .map((v) => v.code);
    expect(check(probe.swipe({ bogus: true }))).toEqual([]);
    // The same swipe with valid arguments ran, so the discovery went stale.
    expect(
      check({ ...probe.swipe({}), results: [{ text: '{"swiped":true}', isError: false }] }),
    ).toEqual(['grounding.stale-discovery']);
  });
});
