import { describe, expect, it } from 'vitest';
import { toWireMessages } from '../client/openai-wire.js';
import { wireFormat } from './wire-formats.js';

describe('wire formats', () => {
  it('read Hermes text calls with deterministic ids, and prose as the final answer', () => {
    const hermes = wireFormat('hermes');
    const read = hermes.read(
      {
        content:
          'Looking.\n<tool_call>\n{"name": "describe", "arguments": {"udid": "emulator-5554"}}\n</tool_call>',
        toolCalls: [],
        finishReason: 'stop',
      },
      4,
    );
    expect(read).toEqual({
      kind: 'calls',
      text: 'Looking.',
      calls: [{ id: 'call_4_0', name: 'describe', arguments: { udid: 'emulator-5554' } }],
    });
    expect(hermes.read({ content: 'All done.', toolCalls: [], finishReason: 'stop' }, 0)).toEqual({
      kind: 'final',
      text: 'All done.',
    });
  });

  it('count broken calls, empty replies and cut-off prose as format errors', () => {
    const hermes = wireFormat('hermes');
    const bad = hermes.read(
      {
        content: '<tool_call>\n{"name": "describe", "arguments": {',
        toolCalls: [],
        finishReason: 'stop',
      },
      0,
    );
    expect(bad.kind).toBe('format-error');
    expect(
      wireFormat('native').read({ content: '', toolCalls: [], finishReason: 'stop' }, 0).kind,
    ).toBe('format-error');
    expect(
      wireFormat('gemma').read({ content: 'I will now', toolCalls: [], finishReason: 'length' }, 0)
        .kind,
    ).toBe('format-error');
    expect(
      wireFormat('native').read(
        {
          content: '',
          toolCalls: [],
          finishReason: 'tool_calls',
          formatError: 'tool_calls[0] (x) arguments are not JSON',
        },
        0,
      ),
    ).toEqual({ kind: 'format-error', reason: 'tool_calls[0] (x) arguments are not JSON' });
  });

  it('accept native calls a server parsed out of text, in a text format', () => {
    const read = wireFormat('gemma').read(
      {
        content: '',
        toolCalls: [{ id: 'srv', name: 'list-devices', arguments: {} }],
        finishReason: 'tool_calls',
      },
      2,
    );
    expect(read).toEqual({
      kind: 'calls',
      text: '',
      calls: [{ id: 'call_2_0', name: 'list-devices', arguments: {} }],
    });
  });

  it('send canonical calls to OpenAI with JSON-string arguments', () => {
    const wire = toWireMessages([
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'c1', name: 'gesture-tap', arguments: { x: 0.5 } }],
      },
      { role: 'tool', toolCallId: 'c1', name: 'gesture-tap', content: '{}' },
    ]);
    expect(wire).toEqual([
      {
        role: 'assistant',
        content: '',
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'gesture-tap', arguments: '{"x":0.5}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{}' },
    ]);
  });
});
