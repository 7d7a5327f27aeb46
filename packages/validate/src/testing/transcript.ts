import type { GymEnv } from '@forge/gym';
import {
  type JsonObject,
  type Message,
  type ResetResult,
  systemPrompt,
  type ToolCall,
  type ToolResult,
  type TrajectoryRecord,
} from '@forge/spec';

/** Tools offered besides the ones a scripted episode calls, so `tools` is not just the calls. */
const extraOffered = ['screenshot', 'button', 'run-sequence', 'gesture-swipe', 'keyboard'];

/**
 * Records an episode as it is played: each call becomes an assistant turn
 * and its tool message, and `finish` assembles the `forge.trajectory/1`
 * record from the messages and the env's task.
 */
export class Transcript {
  private readonly messages: Message[];
  private readonly calls: ToolCall[] = [];
  private recovered = false;

  constructor(
    private readonly env: GymEnv,
    private readonly start: ResetResult,
  ) {
    this.messages = [
      { role: 'system', content: systemPrompt('compact') },
      { role: 'user', content: start.task.goal },
    ];
  }

  /** Number of calls made so far. */
  get length(): number {
    return this.calls.length;
  }

  /** Makes one call through the env and records it. */
  call(name: string, args: JsonObject, say: string): ToolResult {
    const call: ToolCall = { id: `call_${this.calls.length + 1}`, name, arguments: args };
    const step = this.env.step(call);
    if (step.info.injected !== undefined) this.recovered = true;
    this.calls.push(call);
    this.messages.push({ role: 'assistant', content: say, toolCalls: [call] });
    this.messages.push({
      role: 'tool',
      toolCallId: call.id,
      name,
      content: step.result.text,
      ...(step.result.isError ? { isError: true } : {}),
    });
    return step.result;
  }

  /** The finished record, with a final answer. */
  finish(): TrajectoryRecord {
    const { task, info } = this.start;
    const success = this.env.isSuccess();
    const used = [...new Set(this.calls.map((c) => c.name))];
    const offered = new Set([...used, ...extraOffered]);
    const answer = success ? `Done: ${task.goal}` : `I could not complete the task: ${task.goal}`;
    return {
      schema: 'forge.trajectory/1',
      id: task.id,
      seed: info.seed,
      split: 'train',
      meta: {
        family: task.family,
        platform: task.platform,
        pack: task.pack,
        app: task.app,
        persona: 'scripted',
        difficulty: task.difficulty,
        injections: [...info.injections],
        recovered: this.recovered,
        success,
        toolsUsed: used,
        calls: this.calls.length,
      },
      tools: this.env.catalog.tools.filter((t) => offered.has(t.name)),
      messages: [...this.messages, { role: 'assistant', content: answer }],
    };
  }
}
