import { describe, expect, it } from 'vitest';
import { isBackButton } from './back-button.js';
import type { SeenElement } from './seen.js';

const element = (id: string | undefined, role = 'AXButton'): SeenElement => ({
  id,
  label: 'x',
  role,
  value: undefined,
  flags: [],
  frame: { x: 0, y: 0, w: 0.1, h: 0.05 },
  tap: { x: 0.05, y: 0.025 },
});

describe('isBackButton', () => {
  it('knows a back button by the word back ending its id, camel- or snake-cased', () => {
    for (const id of [
      'back',
      'cartBack',
      'io.mintplus:id/home_kira_berg_back',
      'saved-back',
      'step2Back',
    ])
      expect(isBackButton(element(id)), id).toBe(true);
    expect(isBackButton(element('home_back', 'android.widget.Button'))).toBe(true);
    expect(isBackButton(element('navBack', 'button'))).toBe(true);
  });

  it('does not take words ending in "back", other roles or id-less elements for one', () => {
    for (const id of ['feedback', 'sendFeedback', 'playback', 'cashback_offer', 'backup'])
      expect(isBackButton(element(id)), id).toBe(false);
    expect(isBackButton(element('cartBack', 'AXStaticText'))).toBe(false);
    expect(isBackButton(element(undefined))).toBe(false);
  });
});
