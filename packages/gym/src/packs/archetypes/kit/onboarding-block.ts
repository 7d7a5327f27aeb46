import type { AppDraft } from './app-draft.js';
import type { ScreenRef } from './element-input.js';
import { createScreen } from './screen-builder.js';

/** Where the carousel starts from and what its pages talk about. */
export interface OnboardingOptions {
  /** The screen that opens the carousel and that finishing returns to. */
  readonly from: ScreenRef;
  /** One page per topic (at least 2). */
  readonly topics: readonly string[];
}

/**
 * An onboarding carousel: pages chained by Next buttons (and by swipes, per
 * `AppSpec.onboarding`), the last page's submit sets the completion key.
 * Returns the first page, for the caller to link to.
 */
export function buildOnboarding(app: AppDraft, options: OnboardingOptions): ScreenRef {
  const { rng } = app;
  const completeKey = app.state('onboardingComplete', false);
  const pages = options.topics.map((topic) => app.screen(`welcome ${topic}`, topic));
  const next = rng.pick(['Next', 'Continue', '→ Next']);
  const total = pages.length;
  pages.forEach((page, i) => {
    const screen = createScreen(app, {
      screen: page,
      parent: i === 0 ? options.from : (pages[i - 1] as ScreenRef),
    });
    screen.row(
      { key: 'art', role: 'image', label: `${page.title} illustration` },
      rng.int(30, 50) / 10,
    );
    screen.row({ key: 'step', role: 'text', label: `${i + 1} of ${total}` });
    const after = pages[i + 1];
    if (after) {
      screen.row({
        key: 'next',
        role: 'button',
        label: next,
        on: { kind: 'navigate', to: after.id },
      });
      screen.row({
        key: 'skip',
        role: 'link',
        label: rng.pick(['Skip', 'Skip tour', 'Not now']),
        on: { kind: 'navigate', to: options.from.id },
      });
    } else {
      screen.row({
        key: 'done',
        role: 'button',
        label: rng.pick(['Get started', 'Done', "Let's go", 'Finish']),
        on: {
          kind: 'submit',
          requires: {},
          success: options.from.id,
          failure: 'Could not finish setup',
          sets: { [completeKey]: true },
        },
      });
    }
    screen.build();
  });
  app.extend({ onboarding: { screens: pages.map((p) => p.id), completeKey } });
  return pages[0] as ScreenRef;
}
