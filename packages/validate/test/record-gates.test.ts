import { defaultCatalog, type TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import {
  createGate,
  offeredGate,
  replayGate,
  schemaGate,
  structureGate,
  validate,
} from '../src/index.js';
import { codes } from './support/context.js';
import { describeText, handRecord, ios, listed } from './support/hand-record.js';

const context = { catalog: defaultCatalog() };
const base = handRecord([listed, ['describe', { udid: ios }, describeText()]]);
const withMessages = (
  r: TrajectoryRecord,
  f: (m: TrajectoryRecord['messages']) => TrajectoryRecord['messages'],
) => ({ ...r, messages: f(r.messages) });

describe('structureGate', () => {
  const check = (r: TrajectoryRecord) => codes(structureGate.check(r, context));

  it('accepts system, user, call/result turns and a final answer', () => {
    expect(check(base)).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(check(withMessages(base, (m) => m.slice(0, -1)))).toEqual(['structure.no-final-answer']);
    expect(
      check(withMessages(base, (m) => m.map((x, i) => (i === 3 ? { ...x, content: '' } : x)))),
    ).toEqual(['structure.empty-content']);
    expect(check(withMessages(base, (m) => m.filter((_, i) => i !== 3)))).toEqual([
      'structure.missing-result',
    ]);
    expect(
      check(withMessages(base, (m) => [...m.slice(0, 4), m[3], ...m.slice(4)] as never)),
    ).toEqual(['structure.duplicate-result']);
    expect(
      check(
        withMessages(base, (m) =>
          m.map((x, i) => (i === 3 && x.role === 'tool' ? { ...x, name: 'describe' } : x)),
        ),
      ),
    ).toEqual(['structure.result-name-mismatch']);
  });

  it('wants the system and user texts non-empty, and no user message inside the episode', () => {
    const blanked = (i: number) =>
      check(withMessages(base, (m) => m.map((x, k) => (k === i ? { ...x, content: ' ' } : x))));
    expect(blanked(0)).toEqual(['structure.empty-content']);
    expect(blanked(1)).toEqual(['structure.empty-content']);
    const interjected = withMessages(
      base,
      (m) => [...m.slice(0, 4), { role: 'user', content: 'also this' }, ...m.slice(4)] as never,
    );
    expect(check(interjected)).toEqual(['structure.unexpected-role']);
  });

  it('wants an answer without calls only at the end', () => {
    const early = withMessages(
      base,
      (m) => [...m.slice(0, 4), { role: 'assistant', content: 'done?' }, ...m.slice(4)] as never,
    );
    expect(check(early)).toEqual(['structure.answer-before-end']);
    // A last assistant turn that still calls a tool is no answer.
    const calling = withMessages(
      base,
      (m) =>
        [
          ...m.slice(0, -1),
          {
            role: 'assistant',
            content: 'One more look.',
            toolCalls: [{ id: 'call_z', name: 'describe', arguments: { udid: ios } }],
          },
        ] as never,
    );
    expect(check(calling)).toEqual(['structure.missing-result', 'structure.no-final-answer']);
  });

  it('puts the system prompt and the request first', () => {
    const swapped = check(withMessages(base, (m) => [m[1], m[0], ...m.slice(2)] as never));
    expect(swapped).toEqual(
      expect.arrayContaining(['structure.first-not-system', 'structure.second-not-user']),
    );
  });

  it('wants results in call order within a turn', () => {
    const two = withMessages(base, (m) => {
      const a = m[2];
      if (a?.role !== 'assistant' || !a.toolCalls?.[0]) return m;
      const second = { ...a.toolCalls[0], id: 'call_b' };
      return [
        m[0],
        m[1],
        { ...a, toolCalls: [a.toolCalls[0], second] },
        { role: 'tool', toolCallId: 'call_b', name: second.name, content: 'x' },
        m[3],
        ...m.slice(4),
      ] as never;
    });
    expect(check(two)).toEqual(['structure.result-out-of-order']);
  });
});

describe('schemaGate and offeredGate', () => {
  it('report an offered schema that differs from the catalog, and check calls against it', () => {
    const tools = base.tools.map((t) =>
      t.name === 'describe'
        ? {
            ...t,
            inputSchema: {
              type: 'object',
              properties: { udid: { type: 'string', maxLength: 3 } },
              required: ['udid'],
            },
          }
        : t,
    );
    const found = codes(schemaGate.check({ ...base, tools }, context));
    expect(found).toEqual(['schema.offered-mismatch', 'schema.invalid']);
  });

  it('accepts offered tools that are JSON copies of the catalog with keys reordered', () => {
    const tools = base.tools.map((t) =>
      JSON.parse(
        JSON.stringify({ inputSchema: t.inputSchema, description: t.description, name: t.name }),
      ),
    );
    expect(codes(schemaGate.check({ ...base, tools }, context))).toEqual([]);
  });

  it('reject a called tool the catalog lacks, even when the record offers it', () => {
    const stranger = {
      name: 'teleport',
      description: 'Teleports.',
      inputSchema: { type: 'object' },
    };
    const messages = base.messages.map((m) =>
      m.role === 'assistant' && m.toolCalls?.[0]?.name === 'describe'
        ? { ...m, toolCalls: [{ ...m.toolCalls[0], name: 'teleport' }] }
        : m.role === 'tool' && m.name === 'describe'
          ? { ...m, name: 'teleport' }
          : m,
    );
    const meta = {
      ...base.meta,
      toolsUsed: base.meta.toolsUsed.map((n) => (n === 'describe' ? 'teleport' : n)),
    };
    const record = { ...base, tools: [...base.tools, stranger], messages, meta };
    expect(codes(offeredGate.check(record, context))).toEqual(['offered.unknown-tool']);
    expect(codes(schemaGate.check(record, context))).toEqual([
      'schema.offered-mismatch',
      'schema.unknown-tool',
    ]);
  });

  it('check that called tools were offered and the meta counts the calls', () => {
    expect(codes(offeredGate.check({ ...base, tools: base.tools.slice(1) }, context))).toEqual([
      'offered.not-offered',
    ]);
    // A run-sequence's step tools are written from their schemas: offered too.
    const tap = { tool: 'gesture-tap', args: { x: 0.2, y: 0.15 } };
    const sequence = handRecord([
      listed,
      ['run-sequence', { udid: ios, steps: [tap, { ...tap, tool: 'teleport' }] }, '{}'],
    ]);
    expect(codes(offeredGate.check(sequence, context))).toEqual(['offered.not-offered']);
    expect(offeredGate.check(sequence, context)[0]?.message).toBe(
      'run-sequence runs gesture-tap, which was not among the tools offered',
    );
    const withTap = {
      ...sequence,
      tools: defaultCatalog().tools.filter((t) =>
        [...sequence.meta.toolsUsed, 'gesture-tap'].includes(t.name),
      ),
    };
    expect(codes(offeredGate.check(withTap, context))).toEqual([]);
    const meta = { ...base.meta, toolsUsed: [...base.meta.toolsUsed].reverse(), calls: 1 };
    expect(codes(offeredGate.check({ ...base, meta }, context))).toEqual([
      'offered.tools-used-mismatch',
      'offered.calls-mismatch',
    ]);
  });
});

describe('validate', () => {
  it('returns every violation of every gate, and turns a throwing gate into a violation', () => {
    const boom = createGate('boom', () => {
      throw new Error('bad');
    });
    const found = validate({ ...base, meta: { ...base.meta, calls: 9 } }, context, [
      offeredGate,
      boom,
    ]);
    expect(codes(found)).toEqual(['offered.calls-mismatch', 'boom.internal-error']);
  });

  // Gates share work on one record (its call walk, each call's schema check)
  // only while one validate runs: a record changed in place between two
  // validations is judged as it is now.
  it('judges a record changed in place since it was last validated', () => {
    const record = structuredClone(base) as TrajectoryRecord;
    expect(codes(validate(record, context, [schemaGate, offeredGate]))).toEqual([]);
    const message = record.messages.find((m) => m.role === 'assistant' && m.toolCalls?.length);
    const call = message?.role === 'assistant' ? message.toolCalls?.[0] : undefined;
    if (call === undefined) throw new Error('the hand record has no call');
    (call.arguments as Record<string, unknown>).bogus = 1;
    (call as { name: string }).name = 'describe';
    expect(codes(validate(record, context, [schemaGate])).length).toBeGreaterThan(0);
  });

  it('reports a replay gate without an env instead of passing', () => {
    expect(codes(replayGate.check(base, context))).toEqual(['replay.no-env']);
  });
});
