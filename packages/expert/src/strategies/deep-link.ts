/** deep-link: open the link and confirm from a discovery that the app shows a screen. */
import { callAction, onDevice } from '../core/actions.js';
import { discover } from '../core/moves.js';
import type { ExpertView } from '../core/view.js';
import type { Strategy } from './strategy.js';

const url = (view: ExpertView): string => String(view.task.params.url ?? '');
const opened = (view: ExpertView): boolean => view.state.openedUrl === url(view);

/** open-url, then read the screen (answering a permission prompt on the way). */
export const deepLinkStrategy: Strategy = {
  family: 'deep-link',
  usesApp: false,
  goals: [
    {
      name: 'open',
      done: opened,
      next: (view) =>
        callAction(view, 'open-url', onDevice(view, { url: url(view) }), 'open-link', {
          url: url(view),
        }),
    },
    {
      name: 'confirm',
      done: (view) => {
        const s = view.state;
        return (
          opened(view) &&
          s.fresh &&
          s.seen?.inApp === true &&
          s.seen.dialog === undefined &&
          !s.seen.prompt
        );
      },
      next: (view) => discover(view),
    },
  ],
  facts(view) {
    const title = String(view.task.params.screen ?? '').toLowerCase();
    const heading = view.state.seen?.elements.find((e) => e.label.toLowerCase() === title);
    return heading ? { url: url(view), screen: heading.label } : { url: url(view) };
  },
};
