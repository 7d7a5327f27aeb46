import { describe, expect, it } from 'vitest';
import { sampleMessages, sampleRecord } from './internal/sample-record.test-helper.js';
import { samplesMarkdown } from './samples.js';

describe('samplesMarkdown', () => {
  it('shows each record with its facts, calls, errors and answer', () => {
    const markdown = samplesMarkdown([sampleRecord(), sampleRecord({ id: 'second' })]);
    expect(markdown.startsWith('# Sample trajectories\n')).toBe(true);
    expect(markdown).toContain('## toggle-setting/ios/0000007 (train, seed 7)');
    expect(markdown).toContain('## second (train, seed 7)');
    expect(markdown).toContain('**Call `gesture-tap`:**\n\n```json\n{"udid"');
    // Every fence stands on a line of its own and is closed by the same run.
    let open: string | undefined;
    for (const line of markdown.split('\n')) {
      const fence = /^(`{3,})/.exec(line)?.[1];
      if (fence === undefined) {
        if (open === undefined) expect(line).not.toMatch(/```/);
        continue;
      }
      if (open === undefined) open = fence;
      else if (line === open) open = undefined;
    }
    expect(open).toBeUndefined();
    expect(markdown).toContain('**Tool `gesture-tap` (error):**');
    expect(markdown).toContain('**Assistant:** Dark mode is on.');
  });

  it('cuts long tool output and keeps fences intact around backticks', () => {
    const record = sampleRecord({
      messages: [
        ...sampleMessages.slice(0, 3),
        {
          role: 'tool',
          toolCallId: 'call_1',
          name: 'list-devices',
          content: `\`\`\`${'x'.repeat(50)}`,
        },
      ],
    });
    const markdown = samplesMarkdown([record], { maxToolChars: 20 });
    expect(markdown).toContain('````text\n```xxxxxxxxxxxxxxxxx\n…\n````');
    expect(markdown).toContain('_(33 more characters)_');
  });
});
