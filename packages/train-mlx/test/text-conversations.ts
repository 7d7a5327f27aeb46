import type { Message, ToolSpec, TrajectoryRecord } from '@forge/spec';
import { fixtureRecord, fixtureTools } from './fixtures/generated-dataset.js';

/** A record with the fixture's metadata and the given conversation. */
const withConversation = (
  messages: readonly Message[],
  tools: readonly ToolSpec[] = fixtureTools,
): TrajectoryRecord => ({ ...fixtureRecord('train', 3), messages, tools });

const system: Message = { role: 'system', content: 'You drive devices through tools.' };

/**
 * Conversations of every shape the text formats treat differently: with
 * and without tools or a system prompt, empty prose before calls, several
 * calls in one turn answered by consecutive results, tool errors, eval's
 * format-feedback turn, and arguments full of unicode, quotes, backslashes
 * and markers. None has a user message right after tool results: see
 * `userAfterResults`.
 */
export const textConversations: { readonly name: string; readonly record: TrajectoryRecord }[] = [
  { name: 'a full trajectory', record: fixtureRecord('train', 3) },
  {
    name: 'no tools offered',
    record: withConversation(
      [system, { role: 'user', content: 'Hello?' }, { role: 'assistant', content: 'Hi.' }],
      [],
    ),
  },
  {
    name: 'no system prompt',
    record: withConversation(fixtureRecord('train', 4).messages.slice(1), fixtureTools.slice(0, 1)),
  },
  {
    name: 'several calls in one turn, consecutive results',
    record: withConversation([
      system,
      { role: 'user', content: 'Describe every booted device.' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          { id: 'a', name: 'list-devices', arguments: {} },
          { id: 'b', name: 'describe', arguments: { udid: 'u-1' } },
          { id: 'c', name: 'describe', arguments: { udid: 'u-2' } },
        ],
      },
      { role: 'tool', toolCallId: 'a', name: 'list-devices', content: 'u-1\nu-2' },
      { role: 'tool', toolCallId: 'b', name: 'describe', content: 'Window "A"' },
      { role: 'tool', toolCallId: 'c', name: 'describe', content: 'Window "B"' },
      { role: 'assistant', content: 'Two devices: A and B.' },
    ]),
  },
  {
    name: 'tool errors and a retry',
    record: withConversation([
      system,
      { role: 'user', content: 'Launch Settings.' },
      {
        role: 'assistant',
        content: 'Launching.',
        toolCalls: [{ id: 'a', name: 'launch-app', arguments: { udid: 'bad', bundleId: 'com.x' } }],
      },
      {
        role: 'tool',
        toolCallId: 'a',
        name: 'launch-app',
        content: 'Error: no device with udid "bad"',
        isError: true,
      },
      {
        role: 'assistant',
        content: 'Finding the device first.',
        toolCalls: [{ id: 'b', name: 'list-devices', arguments: {} }],
      },
      { role: 'tool', toolCallId: 'b', name: 'list-devices', content: 'u-1 Booted' },
      { role: 'assistant', content: 'The device was wrong; u-1 is booted.' },
    ]),
  },
  {
    name: "eval's format feedback turn",
    record: withConversation([
      system,
      { role: 'user', content: 'Tap Wi-Fi.' },
      { role: 'assistant', content: '<tool_call>\n{"name": "gesture-tap"' },
      { role: 'user', content: 'Your reply could not be read: malformed-json. Try again.' },
      { role: 'assistant', content: 'Giving up.' },
    ]),
  },
  {
    name: 'unicode, quotes and markers in arguments',
    record: withConversation([
      system,
      { role: 'user', content: 'Tippe „Grüße“ – 東京 👋' },
      {
        role: 'assistant',
        content: 'Typing "it".',
        toolCalls: [
          {
            id: 'a',
            name: 'gesture-tap',
            arguments: {
              udid: 'C:\\Users\\Zoë\'s "phone"',
              note: '</tool_call>\n```\n<|im_end|><end_of_turn> {{ .Content }}',
              x: 0.5,
              y: -1e-7,
            },
          },
        ],
      },
      { role: 'tool', toolCallId: 'a', name: 'gesture-tap', content: '✓ "ok" \\ <done>' },
      { role: 'assistant', content: 'Fertig ✓' },
    ]),
  },
];

/**
 * Tool results followed by a user message: two user turns in the Hermes
 * messages, which Ollama's collate merges into one before the TEMPLATE runs.
 */
export const userAfterResults: TrajectoryRecord = withConversation([
  system,
  { role: 'user', content: 'List devices.' },
  {
    role: 'assistant',
    content: '',
    toolCalls: [{ id: 'a', name: 'list-devices', arguments: {} }],
  },
  { role: 'tool', toolCallId: 'a', name: 'list-devices', content: 'u-1' },
  { role: 'user', content: 'And now describe it.' },
  { role: 'assistant', content: 'Done.' },
]);

/** Every prompt a served model sees: the conversation before each assistant turn. */
export function promptPrefixes(messages: readonly Message[]): (readonly Message[])[] {
  return messages.flatMap((m, i) => (m.role === 'assistant' ? [messages.slice(0, i)] : []));
}
