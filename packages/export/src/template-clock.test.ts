import { describe, expect, it } from 'vitest';
import { renderWithChatTemplate } from './chat-template.js';
import { sampleRecord } from './internal/sample-record.test-helper.js';
import { strftime } from './template-clock.js';

describe('the chat-template clock', () => {
  it("prints Llama's date line from one fixed day, whatever the wall clock says", () => {
    // Llama 3.2/3.3 templates set date_string from strftime_now: with the
    // library's own function, the same run wrote other bytes the next day.
    const llama32 =
      '{%- if strftime_now is defined %}{%- set date_string = strftime_now("%d %b %Y") %}' +
      '{%- else %}{%- set date_string = "missing" %}{%- endif %}Today Date: {{ date_string }}';
    const text = renderWithChatTemplate(sampleRecord(), llama32);
    expect(text).toEqual({ success: true, value: 'Today Date: 26 Jul 2024' });
  });

  it('follows Python strftime for the directives templates use', () => {
    expect(strftime('%Y-%m-%d %H:%M:%S')).toBe('2024-07-26 00:00:00');
    expect(strftime('%A %a %B %b %y %j %p %I %%')).toBe('Friday Fri July Jul 24 208 AM 12 %');
    expect(strftime('%d %b %Y', new Date(Date.UTC(2025, 0, 5, 13, 7, 9)))).toBe('05 Jan 2025');
    expect(strftime('%e|%Q')).toBe('26|%Q');
  });
});
