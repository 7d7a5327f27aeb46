import type { ChatReply, ChatRequest, ModelClient } from '@forge/spec';
import OpenAI from 'openai';
import { fromWireCalls, toWireMessages, toWireTools } from './openai-wire.js';
import { MalformedReplyError, withRetry } from './retry.js';

/** A reply from an OpenAI-compatible endpoint; `formatError` says why its native calls were unreadable. */
export interface EvalChatReply extends ChatReply {
  readonly formatError?: string;
  /**
   * The reply's `model` field: what the endpoint says answered, which can
   * differ from the id asked for (an alias, a default, a swapped adapter).
   */
  readonly servedModel?: string;
}

/** Options for `createOpenAiClient`. */
export interface OpenAiClientOptions {
  readonly baseURL: string;
  readonly model: string;
  /** The environment variable holding the key; local servers accept any key. */
  readonly apiKeyEnv?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /** First retry backoff in ms (doubles per attempt, capped at 8 s). */
  readonly retryDelayMs?: number;
  /** Request defaults; a request's own values win. */
  readonly temperature?: number;
  readonly maxTokens?: number;
  readonly stop?: readonly string[];
}

/** A `ModelClient` for an OpenAI-compatible endpoint, with an `endpoint` for results files. */
export interface OpenAiModelClient extends ModelClient {
  readonly endpoint: string;
  complete(request: ChatRequest): Promise<EvalChatReply>;
}

function readReply(body: unknown): EvalChatReply {
  const choice = (body as { choices?: unknown[] } | null)?.choices?.[0] as
    | { message?: { content?: unknown; tool_calls?: unknown }; finish_reason?: unknown }
    | undefined;
  if (!choice?.message || typeof choice.message !== 'object') {
    throw new MalformedReplyError('reply has no choices[0].message');
  }
  const content = typeof choice.message.content === 'string' ? choice.message.content : '';
  const wireCalls = Array.isArray(choice.message.tool_calls) ? choice.message.tool_calls : [];
  const calls = fromWireCalls(wireCalls);
  const usage = (body as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } })
    .usage;
  const served = (body as { model?: unknown }).model;
  return {
    content,
    toolCalls: calls.success ? calls.calls : [],
    finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : 'unknown',
    ...(calls.success ? {} : { formatError: calls.reason }),
    ...(typeof served === 'string' && served !== '' ? { servedModel: served } : {}),
    ...(typeof usage?.prompt_tokens === 'number' && typeof usage.completion_tokens === 'number'
      ? { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } }
      : {}),
  };
}

/**
 * Runs one request with its own AbortSignal that follows the run's. The
 * `openai` client adds an abort listener to the signal it is given and never
 * removes it, so passing one run-wide signal to thousands of requests leaks
 * a listener per request (and Node warns past ten); a per-request controller
 * whose one listener on the run's signal is removed afterwards does not.
 */
export async function withRequestSignal<T>(
  signal: AbortSignal | undefined,
  send: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (signal === undefined) return send(undefined);
  const controller = new AbortController();
  const forward = (): void => controller.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  try {
    return await send(controller.signal);
  } finally {
    signal.removeEventListener('abort', forward);
  }
}

/**
 * A model client over the official `openai` package. Transient failures
 * (5xx, timeouts, dropped connections, malformed bodies) are retried with
 * exponential backoff; what still fails rejects with a `ModelRequestError`.
 * Stop sequences go with every request.
 */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAiModelClient {
  const env = options.env ?? process.env;
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: env[options.apiKeyEnv ?? 'OPENAI_API_KEY'] ?? 'not-needed',
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: 0,
  });
  return {
    model: options.model,
    endpoint: options.baseURL,
    async complete(request: ChatRequest): Promise<EvalChatReply> {
      const stop = request.stop ?? options.stop ?? [];
      const temperature = request.temperature ?? options.temperature;
      const maxTokens = request.maxTokens ?? options.maxTokens;
      const body: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming = {
        model: options.model,
        messages: toWireMessages(request.messages),
        ...(request.tools.length > 0 ? { tools: toWireTools(request.tools) } : {}),
        ...(stop.length > 0 ? { stop: [...stop] } : {}),
        ...(temperature === undefined ? {} : { temperature }),
        ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
        ...(request.seed === undefined ? {} : { seed: request.seed }),
      };
      return withRetry(
        async () => {
          const reply = await withRequestSignal(request.signal, (signal) =>
            client.chat.completions.create(body, signal ? { signal } : {}),
          );
          return readReply(reply);
        },
        {
          maxRetries: options.maxRetries ?? 2,
          baseDelayMs: options.retryDelayMs ?? 500,
          maxDelayMs: 8_000,
          ...(request.signal ? { signal: request.signal } : {}),
        },
      );
    },
  };
}
