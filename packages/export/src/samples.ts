import type { Message, TrajectoryRecord } from '@forge/spec';

/** Options for `samples.md`. */
export interface SamplesOptions {
  /** Tool outputs longer than this are cut, with a note; default 800 characters. */
  readonly maxToolChars?: number;
}

/** A fence longer than any run of backticks in the text, so the block cannot end early. */
function fenced(text: string, info = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function renderMessage(message: Message, maxToolChars: number): string {
  switch (message.role) {
    case 'system':
      return `**System**\n\n${fenced(message.content, 'text')}`;
    case 'user':
      return `**User:** ${message.content}`;
    case 'assistant': {
      // A fence opens a code block only at the start of its own line
      // (CommonMark), so the call's name and its arguments are two blocks.
      const calls = (message.toolCalls ?? []).map(
        (call) => `**Call \`${call.name}\`:**\n\n${fenced(JSON.stringify(call.arguments), 'json')}`,
      );
      const text = message.content === '' ? '' : `**Assistant:** ${message.content}`;
      return [text, ...calls].filter((part) => part !== '').join('\n\n');
    }
    case 'tool': {
      const cut = message.content.length > maxToolChars;
      const body = cut ? `${message.content.slice(0, maxToolChars)}\n…` : message.content;
      const label = `**Tool \`${message.name}\`${message.isError ? ' (error)' : ''}:**`;
      const note = cut ? `\n\n_(${message.content.length - maxToolChars} more characters)_` : '';
      return `${label}\n\n${fenced(body, 'text')}${note}`;
    }
  }
}

/** Records rendered as readable markdown, one section each, for a person to skim. */
export function samplesMarkdown(
  records: readonly TrajectoryRecord[],
  options: SamplesOptions = {},
): string {
  const maxToolChars = options.maxToolChars ?? 800;
  const sections = records.map((record) => {
    const { meta } = record;
    const facts = [
      `family ${meta.family}`,
      `platform ${meta.platform}`,
      `app ${meta.app}`,
      `persona ${meta.persona}`,
      `difficulty ${meta.difficulty}`,
      `${meta.calls} calls`,
      meta.injections.length > 0 ? `injections ${meta.injections.join(', ')}` : 'no injections',
      meta.success ? 'success' : 'failed',
    ].join(' · ');
    const body = record.messages.map((message) => renderMessage(message, maxToolChars));
    return [`## ${record.id} (${record.split}, seed ${record.seed})`, facts, ...body].join('\n\n');
  });
  return `# Sample trajectories\n\n${sections.join('\n\n---\n\n')}\n`;
}
