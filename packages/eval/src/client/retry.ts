import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

/** Why a request to the model failed for good. */
export class ModelRequestError extends Error {
  /** `model.unavailable` (retries spent), `model.rejected` (4xx), `model.aborted`. */
  readonly code: 'model.unavailable' | 'model.rejected' | 'model.aborted';
  readonly attempts: number;

  constructor(code: ModelRequestError['code'], message: string, attempts: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ModelRequestError';
    this.code = code;
    this.attempts = attempts;
  }
}

/** A reply body that is not the chat completion it claims to be. */
export class MalformedReplyError extends Error {
  override readonly name = 'MalformedReplyError';
}

/** Transient failures worth another attempt: 5xx, 408/409/429, timeouts, dropped connections, bad bodies. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof MalformedReplyError || error instanceof SyntaxError) return true;
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status >= 500 || status === 408 || status === 409 || status === 429;
  }
  return false;
}

/** Options for `withRetry`. */
export interface RetryOptions {
  readonly maxRetries: number;
  /** First backoff; doubles per attempt up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Runs `attempt` with exponential backoff on transient failures. The
 * library's own retry is turned off because it does not retry malformed
 * bodies and its backoff (0.5 s minimum, random jitter) cannot be tuned;
 * this one is deterministic, so runs and tests are reproducible.
 */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (options.signal?.aborted || error instanceof APIUserAbortError) {
        throw new ModelRequestError('model.aborted', 'request aborted', tries, error);
      }
      const reason = error instanceof Error ? error.message : String(error);
      if (!isRetryable(error)) {
        throw new ModelRequestError('model.rejected', `request rejected: ${reason}`, tries, error);
      }
      if (tries > options.maxRetries) {
        throw new ModelRequestError(
          'model.unavailable',
          `gave up after ${tries} attempts: ${reason}`,
          tries,
          error,
        );
      }
      const delay = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (tries - 1));
      await sleep(delay, options.signal);
    }
  }
}
