import { gemmaExporter, hermesExporter } from '@forge/export';
import {
  type Exporter,
  type Message,
  type TextMessage,
  type TextToolCallFormat,
  type ToolSpec,
  type TrajectoryRecord,
  textToolFormat,
} from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { ollamaTemplate } from '../src/ollama-template.js';
import { fixtureRecord } from './fixtures/generated-dataset.js';
import { renderGoTemplate } from './go-template.js';
import { ollamaChatValues } from './ollama-chat.js';
import { promptPrefixes, textConversations, userAfterResults } from './text-conversations.js';

interface FormatCase {
  readonly format: TextToolCallFormat;
  /** What the export writes into `{text}` training records. */
  readonly exporter: Exporter;
  /** The generation prompt; the tests check it against the training text. */
  readonly opener: string;
  /** The end of a turn, to break a TEMPLATE on purpose. */
  readonly turnEnd: string;
}

const cases: readonly FormatCase[] = [
  {
    format: 'hermes',
    exporter: hermesExporter,
    opener: '<|im_start|>assistant\n',
    turnEnd: '<|im_end|>\n',
  },
  {
    format: 'gemma',
    exporter: gemmaExporter,
    opener: '<start_of_turn>model\n',
    turnEnd: '<end_of_turn>\n',
  },
];

/** The `text` of the one line the exporter writes for a record. */
function exportText(exporter: Exporter, record: TrajectoryRecord): string {
  const lines = exporter.render(record);
  expect(lines).toHaveLength(1);
  return (JSON.parse(lines[0] ?? '') as { text: string }).text;
}

/**
 * What `forge eval --format …` sends for a transcript: eval's wire format
 * calls `textToolFormat(name).renderMessages` with an empty extra system
 * prompt (the transcript carries its own), as the export does.
 */
const evalMessages = (
  format: TextToolCallFormat,
  messages: readonly Message[],
  tools: readonly ToolSpec[],
): TextMessage[] => textToolFormat(format).renderMessages(messages, tools, '');

/** The prompt Ollama builds from eval's messages with a TEMPLATE. */
const served = (template: string, messages: readonly TextMessage[]): string =>
  renderGoTemplate(template, ollamaChatValues(messages));

describe.each(cases)('the $format Ollama TEMPLATE', (c) => {
  const template = ollamaTemplate(c.format);

  it.each(textConversations)(
    "turns eval's messages into the export's text at every prompt: $name",
    ({ record }) => {
      const training = exportText(c.exporter, record);
      const prefixes = promptPrefixes(record.messages);
      expect(prefixes.length).toBeGreaterThan(0);
      for (const prefix of prefixes) {
        const expected = exportText(c.exporter, { ...record, messages: prefix }) + c.opener;
        // The prompt is exactly what the model was trained to continue.
        expect(training.startsWith(expected)).toBe(true);
        expect(served(template, evalMessages(c.format, prefix, record.tools))).toBe(expected);
      }
    },
  );

  it('leaves tools and calls to the message text, so Ollama refuses native tools', () => {
    // Ollama only accepts a request's `tools` when the TEMPLATE uses .Tools;
    // rendering them here as well would put the tool list in the prompt twice.
    expect(template).not.toMatch(/\.Tools|\.ToolCalls/);
  });

  it('would catch a TEMPLATE that drifts from the export by one byte', () => {
    const drifted = template.replace(c.turnEnd, c.turnEnd.trimEnd());
    expect(drifted).not.toBe(template);
    const record = textConversations[0]?.record as TrajectoryRecord;
    const prefix = promptPrefixes(record.messages).at(-1) ?? [];
    const expected = exportText(c.exporter, { ...record, messages: prefix }) + c.opener;
    expect(served(template, evalMessages(c.format, prefix, record.tools))).toBe(expected);
    expect(served(drifted, evalMessages(c.format, prefix, record.tools))).not.toBe(expected);
  });
});

describe('the gemma TEMPLATE with a separate system message', () => {
  it('folds it into the first user turn as the export does', () => {
    // A client or a Modelfile SYSTEM may send a system role Gemma does not have.
    const record = textConversations[0]?.record as TrajectoryRecord;
    const prefix = promptPrefixes(record.messages)[0] ?? [];
    const [first, ...rest] = prefix;
    expect(first?.role).toBe('system');
    const messages: TextMessage[] = [
      { role: 'system', content: first?.content ?? '' },
      ...evalMessages('gemma', rest, record.tools),
    ];
    const expected = exportText(gemmaExporter, { ...record, messages: prefix });
    expect(served(ollamaTemplate('gemma'), messages)).toBe(`${expected}<start_of_turn>model\n`);
  });
});

// What a Go TEMPLATE cannot do, pinned so the documented limits stay true.
describe('known limits of serving through Ollama', () => {
  it('hermes: Ollama merges tool results and a following user message into one turn', () => {
    const prefix = userAfterResults.messages.slice(0, -1);
    const exported = `${exportText(hermesExporter, { ...userAfterResults, messages: prefix })}<|im_start|>assistant\n`;
    const text = served(
      ollamaTemplate('hermes'),
      evalMessages('hermes', prefix, userAfterResults.tools),
    );
    expect(text).not.toBe(exported);
    expect(text).toBe(
      exported.replace('</tool_response><|im_end|>\n<|im_start|>user\n', '</tool_response>\n\n'),
    );
  });

  it('gemma: the export trims turn contents, a TEMPLATE cannot', () => {
    const messages: Message[] = [{ role: 'user', content: '  Tap Wi-Fi. \n' }];
    const exported = `${exportText(gemmaExporter, { ...fixtureRecord('train', 0), messages, tools: [] })}<start_of_turn>model\n`;
    const text = served(ollamaTemplate('gemma'), evalMessages('gemma', messages, []));
    expect(text).toBe(exported.replace('Tap Wi-Fi.', '  Tap Wi-Fi. \n'));
  });
});
