import { readFile } from 'node:fs/promises';
import { compileChatTemplate, readChatTemplateSource } from '@forge/export';
import { ForgeError, fail, ok, type Result } from '@forge/spec';

/**
 * Reads a `--template` file and checks that it compiles, so a bad one is
 * one line naming the file before any episode is played. Compiling later,
 * per worker, gave the reason without the file it came from.
 */
export async function readChatTemplateFile(path: string): Promise<Result<string, ForgeError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const why = (cause as NodeJS.ErrnoException).code ?? 'error';
    return fail(
      new ForgeError('FORGE_IO', `cannot read the chat template (${why})`, {
        location: path,
        cause,
      }),
    );
  }
  // A .json file is a tokenizer_config.json: text that does not parse is a
  // broken download, not a Jinja template to print verbatim into every record.
  if (/\.json$/i.test(path)) {
    try {
      JSON.parse(text);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      return fail(
        new ForgeError('FORGE_USAGE', `the tokenizer config is not valid JSON (${why})`, {
          location: path,
          cause,
        }),
      );
    }
  }
  const compiled = compileChatTemplate(text);
  if (!compiled.success)
    return fail(
      new ForgeError(compiled.error.code, compiled.error.message, {
        location: path,
        cause: compiled.error,
      }),
    );
  // A template that never reads `messages` renders one text for every record
  // (an empty file, a README, a binary): a dataset of identical examples,
  // written with exit 0. Every chat template loops over the messages.
  const source = readChatTemplateSource(text);
  if (source.success && !/\bmessages\b/.test(source.value.template))
    return fail(
      new ForgeError(
        'FORGE_USAGE',
        source.value.template.trim() === ''
          ? 'the chat template is empty'
          : 'the chat template never reads `messages`, so every record would render the same text: not a chat template',
        { location: path },
      ),
    );
  return ok(text);
}
