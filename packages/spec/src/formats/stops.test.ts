import { describe, expect, it } from 'vitest';
import { renderHermesAssistant } from './hermes.js';
import { defaultStops } from './stops.js';
import { textToolFormat } from './text-format.js';

describe('defaultStops', () => {
  it('never cuts a multi-call Hermes reply before its last call', () => {
    const reply = renderHermesAssistant('', [
      { name: 'a', arguments: {} },
      { name: 'b', arguments: {} },
    ]);
    for (const stop of defaultStops('hermes')) expect(reply.includes(stop)).toBe(false);
  });

  it('stops Gemma at the end of its turn and native formats nowhere', () => {
    expect(defaultStops('gemma')).toContain('<end_of_turn>');
    expect(defaultStops('native')).toEqual([]);
  });

  it('bundles each text format with its own stops', () => {
    expect(textToolFormat('gemma').stops).toEqual(defaultStops('gemma'));
    expect(textToolFormat('hermes').parseReply('hi')).toEqual({
      success: true,
      value: { content: 'hi', calls: [] },
    });
  });
});
