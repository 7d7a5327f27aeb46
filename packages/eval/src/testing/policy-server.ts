import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Policy, type Task, textToolFormat } from '@forge/spec';
import type { FormatName } from '../formats/wire-format.js';
import { historyFromWire, type WireMessageIn } from './history-from-wire.js';

/** What the server does with one request: answer, or one of the failures clients must survive. */
export type Fault = 'ok' | 'status-500' | 'hang' | 'drop' | 'malformed-json';

/** Options for `startPolicyServer`. */
export interface PolicyServerOptions {
  readonly policy: Policy;
  readonly format: FormatName;
  /** The task behind each goal text (the first user message), with its seed. */
  readonly tasks: ReadonlyMap<string, { readonly task: Task; readonly seed: number }>;
  readonly latencyMs?: number;
  /** The `model` replies report; default the id the request asked for, as most servers do. */
  readonly servedModel?: string;
  /** Decides the fate of request number n (0-based, in arrival order). */
  readonly fault?: (n: number) => Fault;
}

/** A running test server: its base URL, every request body received, and a way to stop it. */
export interface PolicyServer {
  readonly baseURL: string;
  readonly bodies: readonly Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A TEST DOUBLE of an OpenAI-compatible endpoint on 127.0.0.1 (ephemeral
 * port) that plays a policy: it rebuilds the history from the request's
 * messages and answers in native `tool_calls` or in Hermes/Gemma text. It
 * can fail on purpose (500s, hangs, dropped connections, malformed bodies).
 */
export async function startPolicyServer(options: PolicyServerOptions): Promise<PolicyServer> {
  const bodies: Record<string, unknown>[] = [];
  let count = 0;
  const reply = (body: Record<string, unknown>): Record<string, unknown> => {
    const messages = (body.messages ?? []) as WireMessageIn[];
    const goal = messages.find((m) => m.role === 'user')?.content ?? '';
    const entry = [...options.tasks].find(([text]) => goal.includes(text))?.[1];
    if (!entry) throw new Error(`no task for goal ${goal.slice(0, 80)}`);
    const history = historyFromWire(messages, options.format);
    const action = options.policy.next({
      task: entry.task,
      tools: [],
      seed: entry.seed,
      initialObservation: '',
      history,
    });
    const calls = action.type === 'call' ? action.calls : [];
    const text = action.text ?? '';
    const message =
      options.format === 'native'
        ? {
            role: 'assistant',
            content: text,
            ...(calls.length > 0
              ? {
                  tool_calls: calls.map((c) => ({
                    id: c.id,
                    type: 'function',
                    function: { name: c.name, arguments: JSON.stringify(c.arguments) },
                  })),
                }
              : {}),
          }
        : {
            role: 'assistant',
            content: textToolFormat(options.format).renderAssistant(text, calls),
          };
    const finish = options.format === 'native' && calls.length > 0 ? 'tool_calls' : 'stop';
    return {
      id: `chatcmpl-${count}`,
      object: 'chat.completion',
      created: 0,
      model: options.servedModel ?? String(body.model),
      choices: [{ index: 0, message, finish_reason: finish }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    };
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    bodies.push(body);
    const fault = options.fault?.(count) ?? 'ok';
    count += 1;
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    if (fault === 'hang') return; // the client's timeout ends it
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault === 'status-500') {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":{"message":"boom"}}');
      return;
    }
    if (fault === 'malformed-json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [{"mess');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply(body)));
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
