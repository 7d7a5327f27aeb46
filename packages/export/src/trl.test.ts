import { describe, expect, it } from 'vitest';
import { sampleRecord } from './internal/sample-record.test-helper.js';
import { trlExporter } from './trl.js';

describe('trlExporter', () => {
  it('writes object arguments, named tool messages and function tools', () => {
    const [line] = trlExporter.render(sampleRecord());
    const example = JSON.parse(line ?? '');
    expect(example.messages[2]).toEqual({
      role: 'assistant',
      content: 'Finding the device.',
      tool_calls: [{ type: 'function', function: { name: 'list-devices', arguments: {} } }],
    });
    expect(example.messages[10]).toEqual({
      role: 'tool',
      name: 'gesture-tap',
      content: 'Error: device busy, try again',
    });
    expect(example.messages.at(-1)).toEqual({ role: 'assistant', content: 'Dark mode is on.' });
    expect(example.tools[1].function.name).toBe('launch-app');
    expect(Object.keys(example)).toEqual(['messages', 'tools']);
  });
});
