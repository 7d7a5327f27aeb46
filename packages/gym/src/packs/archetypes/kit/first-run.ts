import type { Rng } from '../../../rng.js';
import type { FirstRunKind, FirstRunSpec, ModalSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import type { ElementInput } from './element-input.js';
import { frameOf, splitWidths } from './milli.js';

/** Share of apps that show a first-run prompt. */
export const firstRunChance = 0.75;

/** The words of one kind of prompt: titles, messages, the accepting and the non-committal buttons. */
interface PromptWords {
  readonly titles: readonly string[];
  readonly messages: readonly string[];
  /** Accepting labels; empty when the prompt has only its dismiss button. */
  readonly accept: readonly string[];
  readonly dismiss: readonly string[];
}

const words: Readonly<Record<FirstRunKind, PromptWords>> = {
  'whats-new': {
    titles: [
      "What's new in {app}",
      "What's New",
      'New in this version',
      'Welcome to the new {app}',
    ],
    messages: [
      'A fresh look, faster search and a few fixes you asked for.',
      'Dark mode is here, and everything loads quicker.',
      'We redesigned the home screen so the things you use most are one tap away.',
      'Shortcuts, widgets and a cleaner settings page.',
    ],
    accept: [],
    dismiss: ['Continue', 'Got it', 'Close'],
  },
  notifications: {
    titles: ['Turn on notifications?', 'Stay in the loop', 'Never miss an update', 'Get notified'],
    messages: [
      '{app} can let you know when something needs your attention.',
      'We only send what matters: replies, reminders and changes to your plans.',
      'Allow notifications to hear about updates as they happen.',
    ],
    accept: ['Turn on', 'Allow notifications', 'Enable'],
    dismiss: ['Not now', 'Maybe later', 'No thanks'],
  },
  rate: {
    titles: ['Enjoying {app}?', 'Rate {app}', 'How are we doing?', 'Got a minute?'],
    messages: [
      'A quick rating helps other people find us.',
      'If you like the app, a review on the store means a lot to the team.',
      'Tell us what you think; it takes a few seconds.',
    ],
    accept: ['Rate now', 'Leave a review', 'Rate {app}'],
    dismiss: ['Not now', 'Maybe later', 'Remind me later', 'No thanks'],
  },
  'sign-in': {
    titles: ['Sign in to sync', 'Keep your stuff safe', 'Create a free account', 'Welcome back'],
    messages: [
      'Sign in to keep your data across your devices.',
      'With an account your settings follow you everywhere.',
      'Save your history and pick up where you left off.',
    ],
    accept: ['Sign in', 'Create account', 'Continue with email'],
    dismiss: ['Not now', 'Skip', 'Maybe later', 'Continue as guest'],
  },
  cookies: {
    titles: ['We value your privacy', 'Cookies on {app}', 'This site uses cookies', 'Your choices'],
    messages: [
      'We use cookies to keep you signed in, measure traffic and personalise content.',
      'Some cookies are needed for the site to work; others help us improve it.',
      'We and our partners store and read information on your device.',
    ],
    accept: ['Accept all', 'Accept', 'Allow all'],
    dismiss: ['Reject all', 'Necessary only', 'Decline'],
  },
};

/** Every non-committal label a prompt may use (what an agent taps to get past one). */
export const firstRunDismissLabels: readonly string[] = [
  ...new Set(Object.values(words).flatMap((w) => w.dismiss)),
];

const consentCookies = ['cookie_consent', 'cc_status', 'consent', 'cookieconsent_status'];

/**
 * Maybe gives the app a first-run prompt, laid out from the app's style and
 * the prompt's own draws: a bottom sheet or a centred card on mobile (a
 * bottom banner, a centred dialog or a corner box on the web), its height
 * from its text, its buttons stacked or side by side in either order. The
 * modal joins the app's modals; the spec is returned. Draws only from `rng`.
 */
export function addFirstRunPrompt(
  draft: AppDraft,
  rng: Rng,
  appName: string,
): FirstRunSpec | undefined {
  const { style, request, parts } = draft;
  const web = request.kind === 'web';
  if (!rng.chance(firstRunChance)) return undefined;
  // An onboarding carousel is the app's first-run experience already.
  if (parts.extra.onboarding !== undefined) return undefined;
  const kinds: FirstRunKind[] = web
    ? ['cookies']
    : [
        'whats-new',
        'rate',
        'sign-in',
        ...(parts.extra.permission === 'notifications' ? [] : (['notifications'] as const)),
      ];
  const kind = rng.pick(kinds);
  const text = words[kind];
  const fill = (t: string) => t.replace('{app}', () => appName);
  const title = fill(rng.pick(text.titles));
  const message = fill(rng.pick(text.messages));
  const dismiss = fill(rng.pick(text.dismiss));
  const accept = text.accept.length > 0 ? fill(rng.pick(text.accept)) : undefined;
  const dismissFirst = rng.chance(0.5);

  const form = web
    ? rng.pick(['banner', 'card', 'corner'] as const)
    : rng.pick(['sheet', 'sheet', 'card'] as const);
  // Box width and left edge, in thousandths of the screen.
  let boxW: number;
  let boxX: number;
  if (form === 'sheet') {
    const inset = rng.pick([0, 0, rng.int(8, 30)]);
    boxW = 1000 - 2 * inset;
    boxX = inset;
  } else if (form === 'card') {
    boxW = web ? rng.int(380, 560) : 1000 - 2 * rng.int(40, 110);
    boxX = Math.floor((1000 - boxW) / 2);
  } else if (form === 'banner') {
    boxW = 1000;
    boxX = 0;
  } else {
    boxW = rng.int(280, 380);
    boxX = rng.chance(0.5) ? rng.int(12, 30) : 1000 - boxW - rng.int(12, 30);
  }
  const banner = form === 'banner';
  // The app's own column inset, row height and button shape carry over to its prompt.
  const padX = web ? rng.int(14, 28) : style.left + rng.int(0, 16);
  const padY = rng.int(14, 30);
  const titleH = web ? rng.int(24, 34) : rng.int(26, 40);
  const lineH = web ? rng.int(18, 24) : rng.int(20, 26);
  const innerW = boxW - 2 * padX;
  const gap = rng.int(8, 18);
  const buttonH = web
    ? Math.max(32, style.rowH - rng.int(0, 12))
    : Math.min(72, Math.max(44, style.rowH - rng.int(4, 20)));
  // A label's width as a compact button: glyphs plus padding.
  const glyph = web ? rng.int(7, 9) : rng.int(19, 24);
  const compactW = (label: string) =>
    Math.min(innerW, label.length * glyph + 2 * (web ? rng.int(10, 18) : rng.int(28, 48)));
  // The banner keeps its text on the left and its buttons in a row on the right.
  const textW = banner ? Math.floor((innerW * rng.int(50, 62)) / 100) : innerW;
  const buttonsW = banner ? innerW - textW - gap : innerW;
  const align = (w: number): number =>
    style.buttonAlign === 'left'
      ? 0
      : style.buttonAlign === 'right'
        ? buttonsW - w
        : Math.floor((buttonsW - w) / 2);
  // Full-width answers take the app's button width, aligned as its buttons are.
  const fullW = Math.min(buttonsW, Math.floor((buttonsW * style.buttonW) / 1000));

  // How the answers are laid out: full-width rows, a row of two (equal, or
  // sized to their labels), a primary button over a text button, or a close
  // button in the corner (the prompt's only way out but the offer).
  type Layout = 'stacked' | 'row' | 'link' | 'corner' | 'compact';
  const layout: Layout = banner
    ? 'row'
    : accept === undefined
      ? rng.pick(['stacked', 'compact', 'corner'] as const)
      : rng.pick(['stacked', 'row', 'row', 'link', 'corner'] as const);
  const dismissLabel = layout === 'corner' ? 'Close' : dismiss;
  // Relative to the buttons area's top-left; the corner button is placed by the header.
  const placed: { label: string; x: number; y: number; w: number; h: number }[] = [];
  let areaH = 0;
  const order = (a: string | undefined, d: string) =>
    a === undefined ? [d] : dismissFirst ? [d, a] : [a, d];
  if (layout === 'stacked') {
    order(accept, dismissLabel).forEach((label, i) => {
      placed.push({ label, x: align(fullW), y: i * (buttonH + gap), w: fullW, h: buttonH });
      areaH = i * (buttonH + gap) + buttonH;
    });
  } else if (layout === 'row') {
    const labels = order(accept, dismissLabel);
    const weights = rng.chance(0.5) ? [1, 1] : labels.map((l) => l.length + 4);
    const widths = banner ? labels.map(compactW) : splitWidths(buttonsW, weights, gap);
    const total = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
    let x = banner ? Math.max(0, buttonsW - total) : 0;
    labels.forEach((label, i) => {
      const w = widths[i] ?? 0;
      placed.push({ label, x, y: 0, w, h: buttonH });
      x += w + gap;
    });
    areaH = buttonH;
  } else if (layout === 'link' && accept !== undefined) {
    const linkH = Math.max(web ? 28 : 40, buttonH - rng.int(6, 16));
    const w = compactW(dismissLabel);
    placed.push({ label: accept, x: align(fullW), y: 0, w: fullW, h: buttonH });
    placed.push({ label: dismissLabel, x: align(w), y: buttonH + gap, w, h: linkH });
    areaH = buttonH + gap + linkH;
  } else if (layout === 'compact') {
    const w = compactW(dismissLabel);
    placed.push({ label: dismissLabel, x: align(w), y: 0, w, h: buttonH });
    areaH = buttonH;
  } else {
    if (accept !== undefined) {
      placed.push({ label: accept, x: 0, y: 0, w: buttonsW, h: buttonH });
      areaH = buttonH;
    }
  }
  const closeSize = layout === 'corner' ? (web ? rng.int(22, 32) : rng.int(40, 56)) : 0;
  const headerW = closeSize > 0 ? textW - closeSize - gap : textW;
  const perLine = Math.max(12, Math.floor(innerW * (web ? 0.13 : 0.045)));
  const messageH = lineH * Math.max(1, Math.ceil(message.length / perLine));
  const safe = form === 'sheet' ? rng.int(0, 34) : 0;
  const textH = Math.max(titleH, closeSize) + gap + messageH;
  const boxH = banner
    ? 2 * padY + Math.max(textH, areaH)
    : padY + textH + (areaH > 0 ? gap * 2 + areaH : 0) + padY + safe;
  const boxY =
    form === 'sheet' || banner
      ? 1000 - boxH - (form === 'sheet' && boxX > 0 ? rng.int(8, 24) : 0)
      : form === 'corner'
        ? 1000 - boxH - rng.int(12, 30)
        : Math.floor((1000 - boxH) / 2) + rng.int(-60, 60);

  const modalId = draft.screen('modal first run', title).id;
  const x = boxX + padX;
  const top = boxY + padY;
  const headH = Math.max(titleH, closeSize);
  const inputs: { input: ElementInput; frame: [number, number, number, number] }[] = [
    {
      input: { key: 'title', role: 'header', label: title },
      frame: [x, top + Math.floor((headH - titleH) / 2), headerW, titleH],
    },
    {
      input: { key: 'message', role: 'text', label: message },
      frame: [x, top + headH + gap, textW, messageH],
    },
  ];
  const answer = (label: string): ElementInput => ({
    key: label === dismissLabel ? 'not now' : 'accept',
    role: 'button',
    label,
    on: { kind: 'dismiss' },
  });
  if (closeSize > 0)
    inputs.push({
      input: answer(dismissLabel),
      frame: [x + textW - closeSize, top, closeSize, closeSize],
    });
  const areaY = banner
    ? boxY + padY + Math.floor((boxH - 2 * padY - areaH) / 2)
    : top + textH + gap * 2;
  const areaX = banner ? x + textW + gap : x;
  for (const b of placed)
    inputs.push({ input: answer(b.label), frame: [areaX + b.x, areaY + b.y, b.w, b.h] });
  const elements = inputs.map(({ input, frame }) =>
    draft.element(modalId, input, frameOf(...frame), false),
  );
  const modal: ModalSpec = { id: modalId, title, elements };
  draft.addModal(modal);
  return {
    kind,
    modal: modalId,
    frame: frameOf(boxX, boxY, boxW, boxH),
    ...(web ? { cookie: rng.pick(consentCookies) } : {}),
  };
}
