/** network-inspect: visit the screen, find its request in the network log, open the request's details. */
import { parseNetworkLog } from '@forge/gym';
import type { PolicyAction } from '@forge/spec';
import type { ExpertView } from '../core/view.js';
import { privilegedList } from '../core/view.js';
import { jsonResult, lastOk, pick, recoverDebugger, runtimeCall } from './runtime-calls.js';
import { pathGoals } from './screen-path.js';
import type { Strategy, SubGoal } from './strategy.js';

const endpoint = (view: ExpertView): string => String(view.task.params.endpoint ?? '');

/** A url's path as the user names an endpoint: without scheme and host. */
const pathOf = (url: string): string => url.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';

/** What the latest page of the network log shows. */
interface LogPage {
  readonly page: number;
  /** The id of the request to the endpoint, when this page lists it. */
  readonly requestId: string | undefined;
}

/** The latest network-log page read, parsed with the gym's view-network-logs parser. */
function logPage(view: ExpertView): LogPage | undefined {
  const read = lastOk(view, 'view-network-logs');
  if (!read) return undefined;
  const parsed = parseNetworkLog(read.result.text);
  if (!parsed.success) return { page: 0, requestId: undefined };
  const want = endpoint(view);
  const hit = parsed.value.entries.find((e) => pathOf(e.url) === want);
  return { page: parsed.value.page, requestId: hit?.id };
}

/** The request's details, once read. */
const details = (view: ExpertView) => jsonResult(lastOk(view, 'view-network-request-details'));

/**
 * Read the newest log page; when the request is not on it (it scrolled to
 * an earlier page), read the page before; then open the request.
 */
const inspect: SubGoal = {
  name: 'inspect',
  done: (view) => details(view) !== undefined,
  next(view): PolicyAction {
    const page = logPage(view);
    if (page?.requestId !== undefined)
      return runtimeCall(
        view,
        'view-network-request-details',
        { requestId: page.requestId, includeBody: pick(view, 'include-body', 2) === 0 },
        'read-request',
      );
    const earlier = page !== undefined && page.page > 0 ? { pageIndex: page.page - 1 } : {};
    return runtimeCall(view, 'view-network-logs', earlier, 'read-network');
  },
};

/** Reach the screen (its requests fire on arrival), then read the log and the request. */
export const networkInspectStrategy: Strategy = {
  family: 'network-inspect',
  followUp: recoverDebugger,
  goals: [
    ...pathGoals(
      (view) => privilegedList(view, 'path'),
      (view) => String(view.task.params.screen ?? ''),
    ),
    inspect,
  ],
  facts(view) {
    const out = details(view);
    if (typeof out?.method !== 'string' || typeof out.status !== 'number') return {};
    return { endpoint: pathOf(String(out.url ?? '')), method: out.method, status: out.status };
  },
};
