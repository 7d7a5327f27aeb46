import { readFile } from 'node:fs/promises';
import { compileChatTemplate } from '@forge/export';
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
  return ok(text);
}
