/**
 * cookies-storage: open the site, read the cookie or localStorage entry,
 * write the new value (a cookie keeps the flags it was read with), and read
 * it back to confirm.
 */
import type { JsonObject, PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import { type ExpertView, privilegedString } from '../core/view.js';
import type { Strategy } from './strategy.js';
import { callsSince, type MadeCall, outputOf, param } from './tool-outputs.js';

const origin = (view: ExpertView): string => privilegedString(view, 'origin') ?? '';
const home = (view: ExpertView): string => `${origin(view)}/`;
const isCookie = (view: ExpertView): boolean => typeof view.task.params.cookie === 'string';
const tool = (view: ExpertView): string =>
  isCookie(view) ? 'chromium-cookies' : 'chromium-storage';

/** Successful calls of the plan's tool with this action, in order. */
function actions(view: ExpertView, action: string): MadeCall[] {
  return callsSince(view, 0).filter(
    (c) => c.call.name === tool(view) && !c.result.isError && c.call.arguments.action === action,
  );
}

function read(view: ExpertView): PolicyAction {
  const args: JsonObject = isCookie(view)
    ? { action: 'get', name: param(view, 'cookie') }
    : { store: 'local', action: 'get', key: param(view, 'key') };
  return callAction(view, tool(view), onDevice(view, args), 'read-value', {
    label: param(view, isCookie(view) ? 'cookie' : 'key'),
  });
}

/** The cookie as the first read showed it (its flags are kept when it is rewritten). */
function readCookie(view: ExpertView): Readonly<Record<string, unknown>> | undefined {
  const cookies = outputOf(actions(view, 'get')[0])?.cookies;
  const first = Array.isArray(cookies) ? cookies[0] : undefined;
  return typeof first === 'object' && first !== null
    ? (first as Record<string, unknown>)
    : undefined;
}

function write(view: ExpertView): PolicyAction {
  const value = param(view, 'value');
  if (!isCookie(view))
    return callAction(
      view,
      tool(view),
      onDevice(view, { store: 'local', action: 'set', key: param(view, 'key'), value }),
      'write-value',
      { value },
    );
  const was = readCookie(view);
  const args: JsonObject = {
    action: 'set',
    name: param(view, 'cookie'),
    value,
    url: origin(view),
    httpOnly: was?.httpOnly === true,
    secure: was ? was.secure === true : origin(view).startsWith('https:'),
  };
  return callAction(view, tool(view), onDevice(view, args), 'write-value', { value });
}

/** The value the latest read after the write returned. */
function confirmed(view: ExpertView): string | undefined {
  const writes = actions(view, 'set');
  const last = writes.at(-1);
  if (!last) return undefined;
  const reads = actions(view, 'get').filter((c) => c.step > last.step);
  const out = outputOf(reads.at(-1));
  if (!out) return undefined;
  if (!isCookie(view)) return typeof out.value === 'string' ? out.value : undefined;
  const cookies = Array.isArray(out.cookies) ? (out.cookies as { value?: unknown }[]) : [];
  const v = cookies[0]?.value;
  return typeof v === 'string' ? v : undefined;
}

/** Open, read, write, read back. */
export const cookiesStorageStrategy: Strategy = {
  family: 'cookies-storage',
  usesApp: false,
  goals: [
    {
      name: 'open',
      done: (view) => view.state.openedUrl === home(view),
      next: (view) =>
        callAction(view, 'open-url', onDevice(view, { url: home(view) }), 'open-link', {
          url: home(view),
        }),
    },
    { name: 'read', done: (view) => actions(view, 'get').length > 0, next: read },
    { name: 'write', done: (view) => actions(view, 'set').length > 0, next: write },
    { name: 'confirm', done: (view) => confirmed(view) !== undefined, next: read },
  ],
  facts(view) {
    const value = confirmed(view);
    if (value === undefined) return {};
    return isCookie(view)
      ? { cookie: param(view, 'cookie'), value }
      : { key: param(view, 'key'), value };
  },
};
