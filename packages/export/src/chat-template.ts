import {
  type Exporter,
  ForgeError,
  fail,
  ok,
  type Result,
  type TrajectoryRecord,
} from '@forge/spec';
import { templateMessages } from './chat-template-messages.js';
import { type ChatTemplateSourceOptions, readChatTemplateSource } from './chat-template-source.js';
import { ChatJinjaTemplate } from './jinja-template.js';
import { toFunctionTool } from './mlx.js';

/** Options for rendering records through a model's chat template. */
export interface ChatTemplateOptions extends ChatTemplateSourceOptions {
  /** End with the assistant header, as for a prompt; default false (training text). */
  readonly addGenerationPrompt?: boolean;
  /** Override the tokenizer config's special tokens. */
  readonly bosToken?: string;
  readonly eosToken?: string;
}

/** A compiled chat template: renders one record to text, or says why it cannot. */
export type RecordRenderer = (record: TrajectoryRecord) => Result<string, ForgeError>;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses a template once (from `tokenizer_config.json` text or `.jinja` text) for many records. */
export function compileChatTemplate(
  templateSource: string,
  options: ChatTemplateOptions = {},
): Result<RecordRenderer, ForgeError> {
  const source = readChatTemplateSource(templateSource, options);
  if (!source.success) return source;
  let template: ChatJinjaTemplate;
  try {
    // The wall clock would make a run's bytes depend on the day: see jinja-template.
    template = new ChatJinjaTemplate(source.value.template);
  } catch (error) {
    return fail(
      new ForgeError('FORGE_USAGE', `the chat template does not parse: ${reason(error)}`),
    );
  }
  const context = {
    add_generation_prompt: options.addGenerationPrompt ?? false,
    bos_token: options.bosToken ?? source.value.bosToken,
    eos_token: options.eosToken ?? source.value.eosToken,
  };
  return ok((record) => {
    try {
      const messages = templateMessages(record.messages);
      const tools = record.tools.map(toFunctionTool);
      return ok(template.render({ ...context, messages, tools }));
    } catch (error) {
      return fail(
        new ForgeError(
          'FORGE_USAGE',
          `the chat template refused record ${record.id}: ${reason(error)}`,
          {
            location: record.id,
          },
        ),
      );
    }
  });
}

/** One record rendered through a chat template, with tools and object arguments. */
export function renderWithChatTemplate(
  record: TrajectoryRecord,
  templateSource: string,
  options: ChatTemplateOptions = {},
): Result<string, ForgeError> {
  const renderer = compileChatTemplate(templateSource, options);
  return renderer.success ? renderer.value(record) : renderer;
}

/**
 * `{"text": …}` lines rendered by a model's own chat template (format
 * `template`). A record the template refuses (say, parallel calls in a
 * one-call-per-turn template) throws a FORGE_USAGE error naming the record:
 * the template and the data do not fit, and writing on would lose examples.
 */
export function createTemplateExporter(
  templateSource: string,
  options: ChatTemplateOptions = {},
): Result<Exporter, ForgeError> {
  const renderer = compileChatTemplate(templateSource, options);
  if (!renderer.success) return renderer;
  const render = renderer.value;
  const source = readChatTemplateSource(templateSource, options);
  const bos = options.bosToken ?? (source.success ? source.value.bosToken : '');
  return ok({
    format: 'template',
    fileName: (split) => `${split}.jsonl`,
    render: (record) => {
      const text = render(record);
      if (!text.success) throw text.error;
      // Trainers encode a text example with the tokenizer's special tokens
      // (mlx-lm's text data, TRL), which adds the BOS again: a leading one
      // from the template would be doubled. The gemma format leaves it out
      // for the same reason.
      const body =
        bos !== '' && text.value.startsWith(bos) ? text.value.slice(bos.length) : text.value;
      return [JSON.stringify({ text: body })];
    },
  });
}
