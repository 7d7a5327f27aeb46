import { createRng } from '@forge/gym';
import { defaultCatalog, type HistoryStep, type JsonObject, type ToolCall } from '@forge/spec';
import { groundingCallGate } from '@forge/validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestDiscovery } from '../discovery/latest-discovery.js';
import { frameCentre } from '../discovery/parse-discovery.js';
import { touchesElement } from '../gates/element-touch.js';
import { createTestTapEnv } from '../testing/test-tap-env.js';
import { moveTouch } from './move-touch.js';
import { sampleFromSchema } from './schema-sample.js';
import { ungroundedTouch } from './ungrounded-touch.js';

const catalog = defaultCatalog();

/** A test-world history that ends with a describe of the device, and that device. */
function described(seed: number): { history: HistoryStep[]; udid: string } {
  const env = createTestTapEnv();
  env.reset({ seed });
  const listed = env.step({ id: 'l', name: 'list-devices', arguments: {} }).result;
  const udid = /^\s+(\S+)\s+Booted/m.exec(listed.text)?.[1] ?? '';
  const describeCall = { id: 'd', name: 'describe', arguments: { udid } };
  const shown = env.step(describeCall).result;
  return { history: [{ calls: [describeCall], results: [shown] }], udid };
}

const judge = (call: ToolCall, history: readonly HistoryStep[]) =>
  groundingCallGate.checkCall(call, { catalog, tools: catalog.tools, history, messages: [] });

/** A call drawn from a tool's schema, aimed at the device. */
function onDevice(name: string, args: JsonObject, udid: string): ToolCall {
  const device = 'device_id' in args ? { device_id: udid } : { udid };
  return { id: 'x', name, arguments: { ...args, ...device } };
}

describe('moveTouch and ungroundedTouch', () => {
  it('move every touch the grounding gate judges to a point it rejects, and keep it a touch', () => {
    const { history, udid } = described(9_000_000);
    fc.assert(
      fc.property(fc.constantFrom(...catalog.tools), fc.integer(), (tool, seed) => {
        const args = sampleFromSchema(tool.inputSchema, createRng(seed)) as JsonObject;
        const call = onDevice(tool.name, args, udid);
        if (!touchesElement(call, catalog)) return;
        const moved = ungroundedTouch(
          call,
          { catalog, tools: [], history, messages: [] },
          createRng(seed),
        );
        expect(moved, `${tool.name} ${JSON.stringify(args)}`).toBeDefined();
        if (!moved) return;
        expect(touchesElement(moved, catalog)).toBe(true);
        expect(judge(moved, history).map((v) => v.code)).toEqual(['grounding.outside-elements']);
        expect(moved.name).toBe(call.name);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns a grounded tap, long press and run-sequence tap into ungrounded ones', () => {
    const { history, udid } = described(9_000_001);
    const element = latestDiscovery(history)?.[0];
    if (!element) throw new Error('the test world showed no element');
    const { x, y } = frameCentre(element.frame);
    const calls: ToolCall[] = [
      { id: 'a', name: 'gesture-tap', arguments: { udid, x, y } },
      {
        id: 'b',
        name: 'gesture-custom',
        arguments: {
          udid,
          events: [
            { type: 'Down', x, y },
            { type: 'Up', x, y, delayMs: 800 },
          ],
        },
      },
      {
        id: 'c',
        name: 'run-sequence',
        arguments: {
          udid,
          steps: [
            { tool: 'gesture-tap', args: { x, y } },
            { tool: 'keyboard', args: { text: 'hi' } },
          ],
        },
      },
    ];
    for (const call of calls) {
      expect(judge(call, history)).toEqual([]);
      const moved = ungroundedTouch(
        call,
        { catalog, tools: [], history, messages: [] },
        createRng(1),
      );
      expect(moved && judge(moved, history).map((v) => v.code)).toEqual([
        'grounding.outside-elements',
      ]);
    }
  });

  it('leaves what is not a touch alone', () => {
    const swipe = {
      id: 's',
      name: 'gesture-swipe',
      arguments: { udid: 'u', fromX: 0, fromY: 0, toX: 1, toY: 1 },
    };
    expect(moveTouch(swipe, { x: 0.5, y: 0.5 }, (c) => touchesElement(c, catalog))).toBeUndefined();
    const { history } = described(9_000_002);
    expect(
      ungroundedTouch(swipe, { catalog, tools: [], history, messages: [] }, createRng(1)),
    ).toBeUndefined();
  });
});
