import { defaultCatalog, type TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { schemaGate } from './schema-gate.js';

const catalog = defaultCatalog();

function recordWith(args: Record<string, unknown>, tool = 'gesture-tap'): TrajectoryRecord {
  return {
    schema: 'forge.trajectory/1',
    id: 't/1',
    seed: 1,
    split: 'train',
    meta: {
      family: 'navigate-tap',
      platform: 'android',
      pack: 'core',
      app: 'A',
      persona: 'terse',
      difficulty: 'easy',
      injections: [],
      recovered: false,
      success: true,
      toolsUsed: [tool],
      calls: 1,
    },
    tools: catalog.tools.filter((t) => t.name === tool),
    messages: [
      { role: 'system', content: 's' },
      { role: 'user', content: 'u' },
      {
        role: 'assistant',
        content: 'a',
        toolCalls: [{ id: 'call_1', name: tool, arguments: args as never }],
      },
      { role: 'tool', toolCallId: 'call_1', name: tool, content: '{}' },
      { role: 'assistant', content: 'done' },
    ],
  };
}

describe('schemaGate', () => {
  it('passes a valid call', () => {
    expect(
      schemaGate.check(recordWith({ udid: 'emulator-5554', x: 0.5, y: 0.5 }), { catalog }),
    ).toEqual([]);
  });

  it('reports each problem with its code, message index and call id', () => {
    const violations = schemaGate.check(recordWith({ udid: 'emulator-5554', x: 2, zoom: 1 }), {
      catalog,
    });
    expect(violations.map((v) => v.code).sort()).toEqual([
      'schema.missing-required',
      'schema.out-of-range',
      'schema.unknown-argument',
    ]);
    expect(
      violations.every((v) => v.messageIndex === 2 && v.callId === 'call_1' && v.gate === 'schema'),
    ).toBe(true);
  });

  it('reports out-of-enum values and wrong types', () => {
    const udid = 'emulator-5554';
    const codes = (args: Record<string, unknown>, tool: string) =>
      schemaGate.check(recordWith(args, tool), { catalog }).map((v) => v.code);
    expect(codes({ udid, button: 'back' }, 'button')).toEqual([]);
    expect(codes({ udid, button: 'menu' }, 'button')).toEqual(['schema.out-of-enum']);
    expect(codes({ udid, orientation: 'Sideways' }, 'rotate')).toEqual(['schema.out-of-enum']);
    expect(codes({ udid, x: '0.5', y: 0.5 }, 'gesture-tap')).toEqual(['schema.wrong-type']);
    expect(codes({ udid: 5554, button: 'back' }, 'button')).toEqual(['schema.wrong-type']);
  });
});
