import type { AssistantMessage } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { sampleMessages, sampleTools } from './internal/sample-record.test-helper.js';
import { renderOpenAiPreference } from './openai-preference.js';
import type { PreferencePair } from './preference.js';
import { renderShareGptPreference } from './sharegpt-preference.js';
import { renderTrlPreference } from './trl.js';

const chosen = sampleMessages[9] as AssistantMessage;
const rejected: AssistantMessage = {
  role: 'assistant',
  content: 'Tapping the switch.',
  toolCalls: [{ id: 'call_5', name: 'gesture-tap', arguments: { x: 0.9, y: 0.1 } }],
};
const pair: PreferencePair = {
  prompt: sampleMessages.slice(0, 9),
  chosen,
  rejected,
  tools: sampleTools,
};

describe('preference renderers', () => {
  it('gives TRL an explicit prompt and one-message completions with object arguments', () => {
    const example = renderTrlPreference(pair);
    expect(example.prompt).toHaveLength(9);
    expect(example.rejected).toEqual([
      {
        role: 'assistant',
        content: 'Tapping the switch.',
        tool_calls: [
          { type: 'function', function: { name: 'gesture-tap', arguments: { x: 0.9, y: 0.1 } } },
        ],
      },
    ]);
    expect(example.tools).toHaveLength(sampleTools.length);
  });

  it('gives OpenAI input, preferred and non-preferred outputs with string arguments', () => {
    const example = renderOpenAiPreference(pair);
    expect(example.input.messages).toHaveLength(9);
    // The sample's prompt has a turn with two calls.
    expect(example.input.parallel_tool_calls).toBe(true);
    const [preferred] = example.preferred_output;
    expect(preferred?.role === 'assistant' && preferred.tool_calls?.[0]?.function.arguments).toBe(
      '{"udid":"5A1B2C3D-0000-4000-8000-000000000001","x":0.5,"y":0.425}',
    );
    expect(example.non_preferred_output).toHaveLength(1);
  });

  it('gives LLaMA-Factory a prompt ending on an observation and single-turn answers', () => {
    const example = renderShareGptPreference(pair);
    expect(example.conversations.at(-1)?.from).toBe('observation');
    expect(example.conversations.length % 2).toBe(1);
    expect(example.chosen.from).toBe('function_call');
    expect(JSON.parse(example.rejected.value)).toEqual({
      name: 'gesture-tap',
      arguments: { x: 0.9, y: 0.1 },
    });
  });
});
