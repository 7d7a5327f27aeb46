/**
 * chromium-tabs: list the target's tabs, select the one already showing the
 * url, else open the url in a new tab; the answer reads the selected tab.
 */
import type { PolicyAction } from '@forge/spec';
import { callAction, onDevice } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import type { Strategy } from './strategy.js';
import { madeCalls, outputOf, param } from './tool-outputs.js';

interface Tab {
  readonly index: number;
  readonly title: string;
  readonly url: string;
  readonly active: boolean;
}

/** The tabs the latest successful chromium-tabs call listed (every action returns the list). */
function listed(view: ExpertView): readonly Tab[] | undefined {
  const calls = madeCalls(view);
  for (let i = calls.length - 1; i >= 0; i -= 1) {
    const c = calls[i];
    if (c?.call.name !== 'chromium-tabs' || c.result.isError) continue;
    const tabs = outputOf(c)?.tabs;
    if (Array.isArray(tabs)) return tabs as Tab[];
  }
  return undefined;
}

const wanted = (view: ExpertView): Tab | undefined =>
  listed(view)?.find((t) => t.url === param(view, 'url'));

function act(view: ExpertView): PolicyAction {
  const open = wanted(view);
  if (open)
    return callAction(
      view,
      'chromium-tabs',
      onDevice(view, { action: 'select', tab: open.index }),
      'select-tab',
      {
        label: open.title,
      },
    );
  return callAction(
    view,
    'chromium-tabs',
    onDevice(view, { action: 'new', url: param(view, 'url') }),
    'open-tab',
    {
      url: param(view, 'url'),
    },
  );
}

/** No page is read or tapped: the tab list is the whole observation. */
export const chromiumTabsStrategy: Strategy = {
  family: 'chromium-tabs',
  usesApp: false,
  goals: [
    {
      name: 'list',
      done: (view) => listed(view) !== undefined,
      next: (view) =>
        callAction(view, 'chromium-tabs', onDevice(view, { action: 'list' }), 'list-tabs'),
    },
    { name: 'select', done: (view) => wanted(view)?.active === true, next: act },
  ],
  facts(view) {
    const tab = wanted(view);
    return tab?.active ? { url: tab.url, tab: tab.title } : {};
  },
};
