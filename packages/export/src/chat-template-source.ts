import { ForgeError, fail, ok, type Result } from '@forge/spec';

/** A chat template ready to render, with the special tokens its tokenizer declares. */
export interface ChatTemplateSource {
  readonly template: string;
  readonly bosToken: string;
  readonly eosToken: string;
}

/** Options for choosing a template inside a `tokenizer_config.json`. */
export interface ChatTemplateSourceOptions {
  /** Which named template to use; default `tool_use`, then `default`. */
  readonly name?: string;
}

type Named = { name: unknown; template: unknown };

function tokenText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'content' in value)
    return typeof value.content === 'string' ? value.content : '';
  return '';
}

function pickNamed(list: readonly Named[], wanted: string | undefined): Result<string, ForgeError> {
  const names = wanted === undefined ? ['tool_use', 'default'] : [wanted];
  for (const name of names) {
    const found = list.find((entry) => entry.name === name);
    if (found && typeof found.template === 'string') return ok(found.template);
  }
  const offered = list.map((entry) => String(entry.name)).join(', ');
  return fail(
    new ForgeError('FORGE_USAGE', `no chat template named ${names.join(' or ')}; found ${offered}`),
  );
}

/**
 * Reads a chat template from a Hugging Face `tokenizer_config.json` text
 * (its `chat_template`: a string, or a list of `{name, template}`) or takes
 * the text as a `.jinja` template when it is not such a JSON object.
 */
export function readChatTemplateSource(
  text: string,
  options: ChatTemplateSourceOptions = {},
): Result<ChatTemplateSource, ForgeError> {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (cause) {
    // A JSON object that does not parse (a tokenizer_config.json cut short
    // by a failed download) would otherwise render every record as its raw
    // text. Jinja opens with `{%`, `{{` or `{#`, never with `{"`.
    if (/^\s*\{\s*("|\}|$)/.test(text))
      return fail(
        new ForgeError(
          'FORGE_USAGE',
          `the tokenizer config is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
        ),
      );
    // Not JSON: a bare Jinja template, whose own text may start with `{%`.
    return ok({ template: text, bosToken: '', eosToken: '' });
  }
  if (typeof config !== 'object' || config === null || !('chat_template' in config))
    return fail(
      new ForgeError(
        'FORGE_USAGE',
        'the tokenizer config has no "chat_template"; pass a .jinja file or a tokenizer_config.json that has one',
      ),
    );
  const raw = config.chat_template;
  const template = Array.isArray(raw)
    ? pickNamed(raw as Named[], options.name)
    : typeof raw === 'string'
      ? ok(raw)
      : fail(
          new ForgeError(
            'FORGE_USAGE',
            '"chat_template" must be a string or a list of {name, template}',
          ),
        );
  if (!template.success) return template;
  const tokens = config as { bos_token?: unknown; eos_token?: unknown };
  return ok({
    template: template.value,
    bosToken: tokenText(tokens.bos_token),
    eosToken: tokenText(tokens.eos_token),
  });
}
