import type { HistoryStep, Message, ToolCall } from '@forge/spec';
import { policyCallGate } from '@forge/validate';
import { describe, expect, it } from 'vitest';
import { latestDiscovery } from '../discovery/latest-discovery.js';
import { frameCentre } from '../discovery/parse-discovery.js';
import { schemaCallGate } from '../gates/call-gate.js';
import { defaultCallGates } from '../gates/default-gates.js';
import { createTestTapEnv } from '../testing/test-tap-env.js';
import { executeCalls } from './execute-calls.js';
import { summarizeTurns } from './summarize-turns.js';

/** The test world after list-devices and describe, ready for a turn of calls. */
function described() {
  const env = createTestTapEnv();
  const { task } = env.reset({ seed: 9_000_003 });
  const list = { id: 'l', name: 'list-devices', arguments: {} };
  const listed = env.step(list).result;
  const udid = /^\s+(\S+)\s+Booted/m.exec(listed.text)?.[1] ?? '';
  const look = { id: 'd', name: 'describe', arguments: { udid } };
  const shown = env.step(look).result;
  const history: HistoryStep[] = [
    { calls: [list], results: [listed] },
    { calls: [look], results: [shown] },
  ];
  const element = latestDiscovery(history)?.[0];
  if (!element) throw new Error('the test world showed no element');
  return { env, task, history, udid, inside: frameCentre(element.frame) };
}

const messages: Message[] = [];

describe('grounded-touch accounting', () => {
  it('judges every touch the grounding gate covers, counts a miss once, and leaves swipes out', () => {
    const { env, task, history, udid, inside } = described();
    const outside = { x: 0.99, y: 0.99 };
    const turns: ToolCall[][] = [
      // A long press with gesture-custom on an element, then one on nothing.
      [
        {
          id: 'a',
          name: 'gesture-custom',
          arguments: {
            udid,
            events: [
              { type: 'Down', ...inside },
              { type: 'Up', ...inside, delayMs: 800 },
            ],
          },
        },
      ],
      [
        {
          id: 'b',
          name: 'run-sequence',
          arguments: { udid, steps: [{ tool: 'gesture-tap', args: outside }] },
        },
      ],
      [
        {
          id: 'c',
          name: 'gesture-swipe',
          arguments: { udid, fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.2 },
        },
      ],
      // Off the screen: out of schema range, so the policy gate's
      // coordinate rule fires as well as grounding.
      [{ id: 'd', name: 'gesture-tap', arguments: { udid, x: 1.5, y: 0.5 } }],
    ];
    const gates = [...defaultCallGates, policyCallGate];
    const log = turns.map((calls, turn) => {
      const done = executeCalls(env, calls, { gates, task, tools: env.tools, history, messages });
      history.push({ calls, results: done.results });
      return { turn, kind: 'calls' as const, verdicts: done.verdicts };
    });
    const verdicts = log.flatMap((t) => t.verdicts);
    expect(verdicts.map((v) => v.grounded)).toEqual([true, false, undefined, false]);
    const summary = summarizeTurns(log, undefined);
    expect(summary).toMatchObject({ calls: 4, taps: 3, groundedTaps: 1 });
    const gatesHit = verdicts.flatMap((v) => v.violations.map((x) => x.gate));
    expect(gatesHit).toContain('grounding');
    expect(gatesHit).toContain('policy');
    // Only the policy gate's own finding counts as a policy violation.
    const policy = verdicts.flatMap((v) => v.violations).filter((x) => x.gate === 'policy');
    expect(policy.length).toBeGreaterThan(0);
    expect(summary.policyViolations).toBe(policy.length);
  });

  it('gives no grounded verdict when no grounding gate runs, so the rate reads n/a', () => {
    const { env, task, history, udid } = described();
    const tap = { id: 't', name: 'gesture-tap', arguments: { udid, x: 0.99, y: 0.99 } };
    const done = executeCalls(env, [tap], {
      gates: [schemaCallGate],
      task,
      tools: env.tools,
      history,
      messages,
    });
    expect(done.verdicts[0]?.grounded).toBeUndefined();
    expect(
      summarizeTurns([{ turn: 0, kind: 'calls', verdicts: done.verdicts }], undefined).taps,
    ).toBe(0);
  });
});
