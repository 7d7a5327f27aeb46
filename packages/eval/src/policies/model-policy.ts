import type { ModelClient } from '@forge/spec';
import type { WireFormat } from '../formats/wire-format.js';
import type { PolicyUnderTest, Turn, TurnContext } from '../policy-under-test.js';

/** Options for `modelPolicy`. */
export interface ModelPolicyOptions {
  readonly client: ModelClient;
  readonly format: WireFormat;
  /** Sent with every request; a model without them may run on past its turn. */
  readonly stop: readonly string[];
  readonly temperature?: number;
  readonly maxTokens?: number;
}

/**
 * A model behind a `ModelClient` as a policy under test: the transcript is
 * shaped by the wire format, the reply read back by it. A reply that cannot
 * be read is a format-error turn and a request that fails for good an error
 * turn; neither throws.
 */
export function modelPolicy(options: ModelPolicyOptions): PolicyUnderTest {
  const { client, format } = options;
  return {
    name: `model:${client.model}`,
    async next(context: TurnContext): Promise<Turn> {
      const shaped = format.request(context.messages, context.tools);
      let reply: Awaited<ReturnType<ModelClient['complete']>> & {
        formatError?: string;
        servedModel?: string;
      };
      try {
        reply = await client.complete({
          messages: shaped.messages,
          tools: shaped.tools,
          stop: options.stop,
          seed: context.sampleSeed,
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
          ...(context.signal ? { signal: context.signal } : {}),
        });
      } catch (error) {
        const code =
          typeof (error as { code?: unknown }).code === 'string'
            ? String((error as { code: string }).code)
            : 'model.error';
        return {
          kind: 'error',
          code,
          message: error instanceof Error ? error.message : String(error),
        };
      }
      const raw = {
        content: reply.content,
        finishReason: reply.finishReason,
        ...(reply.servedModel === undefined ? {} : { model: reply.servedModel }),
      };
      const read = format.read(reply, context.turn);
      if (read.kind === 'format-error') return { kind: 'format-error', reason: read.reason, raw };
      if (read.kind === 'final')
        return { kind: 'action', action: { type: 'final', text: read.text }, raw };
      return { kind: 'action', action: { type: 'call', calls: read.calls, text: read.text }, raw };
    },
  };
}
