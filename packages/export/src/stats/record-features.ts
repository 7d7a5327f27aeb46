import type { JsonValue, TrajectoryRecord } from '@forge/spec';
import { hash53 } from './hash.js';

/** Tools whose output is a screen's element list: their texts count as distinct screens. */
const discoveryTools = new Set(['describe', 'debugger-component-tree', 'native-describe-screen']);

/** Hashes of every discovery observation's text (errors excluded). */
export function screenHashes(record: TrajectoryRecord): number[] {
  const hashes: number[] = [];
  for (const message of record.messages)
    if (message.role === 'tool' && !message.isError && discoveryTools.has(message.name))
      hashes.push(hash53(message.content));
  return hashes;
}

function tapPoint(args: { [key: string]: JsonValue } | undefined): number | undefined {
  if (args === undefined) return undefined;
  const { x, y } = args;
  return typeof x === 'number' && typeof y === 'number' ? hash53(`${x},${y}`) : undefined;
}

/** Hashes of the (x, y) of every gesture-tap, direct or inside a run-sequence. */
export function tapPointHashes(record: TrajectoryRecord): number[] {
  const hashes: number[] = [];
  for (const message of record.messages) {
    if (message.role !== 'assistant') continue;
    for (const call of message.toolCalls ?? []) {
      if (call.name === 'gesture-tap') {
        const point = tapPoint(call.arguments);
        if (point !== undefined) hashes.push(point);
      }
      const steps = call.name === 'run-sequence' ? call.arguments.steps : undefined;
      if (!Array.isArray(steps)) continue;
      for (const step of steps) {
        if (typeof step !== 'object' || step === null || Array.isArray(step)) continue;
        const args = step.args;
        if (
          step.tool === 'gesture-tap' &&
          typeof args === 'object' &&
          args !== null &&
          !Array.isArray(args)
        ) {
          const point = tapPoint(args);
          if (point !== undefined) hashes.push(point);
        }
      }
    }
  }
  return hashes;
}

/** The user's request: the first user message. */
export function firstRequest(record: TrajectoryRecord): string {
  for (const message of record.messages) if (message.role === 'user') return message.content;
  return '';
}

/** Tool names in call order, run-sequence counted as itself. */
export function calledTools(record: TrajectoryRecord): string[] {
  return record.messages.flatMap((message) =>
    message.role === 'assistant' ? (message.toolCalls ?? []).map((call) => call.name) : [],
  );
}
