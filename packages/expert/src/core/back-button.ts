/**
 * The app's own back button in a discovery: the header control whose id
 * names it (`cartBack`, `home_kira_berg_back`, `back`). Tapping it is how a
 * person leaves a screen on iOS and how many agents do everywhere; the edge
 * swipe and Android's back key do the same without a tap point.
 */
import type { Seen, SeenElement } from './seen.js';

// `back` as a whole word of the id, camel- or snake-cased, so `feedback`
// and `playback` are not taken for it.
const backId = /(?:^|[^A-Za-z])back$|[a-z0-9]Back$/;

/** True when the element is a back button. */
export function isBackButton(el: SeenElement): boolean {
  return el.id !== undefined && backId.test(el.id) && /button/i.test(el.role);
}

/** The back button the discovery shows, if any. */
export function backButtonOf(seen: Seen): SeenElement | undefined {
  return seen.elements.find(isBackButton);
}
