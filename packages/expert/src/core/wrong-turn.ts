/**
 * Telling, from two readings, that a tap hit the element just above its
 * target: content slid down under the point after the first reading (a late
 * animation), so the tap opened the neighbour's screen instead.
 */
import type { Seen, SeenElement } from './seen.js';

/** Largest distance, in screen heights, from the target up to the neighbour a slide can hit. */
const maxSlide = 0.12;

/**
 * True when the screen changed to one the neighbour above the target opens
 * and not the target itself: the tap landed one row too high. The new screen
 * shows that by naming the neighbour (a row's title repeated as the
 * screen's heading), by sharing a word with it and none with the target
 * ("View area" opens "Ghent Gallery area"), or, in a carousel, by having moved on one page ("2 of 3"
 * then "3 of 3") when the neighbour is the carousel's Next and the target
 * was not.
 */
export function hitNeighbour(from: Seen, id: string, seen: Seen): boolean {
  const target = from.byId.get(id);
  if (!target || seen.byId.has(id) || target.label === '') return false;
  for (const el of seen.elements) if (from.byId.has(el.id ?? '')) return false;
  if (seen.elements.some((e) => e.label === target.label)) return false;
  const above = neighbourAbove(from, target);
  if (!above) return false;
  return (
    seen.elements.some((e) => e.label === above.label) ||
    (sharesWord(seen, above.label) && !sharesWord(seen, target.label)) ||
    pagedOnBy(from, seen, above)
  );
}

/** Words too common to tell one screen from another. */
const commonWords = new Set(['the', 'and', 'for', 'your', 'with', 'all', 'new', 'more']);

/** The label's words of three letters or more, lower-cased, common ones left out. */
function wordsOf(label: string): string[] {
  return (label.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !commonWords.has(w));
}

/** True when some label on the screen has a word of `label` ("View area" → "Ghent Gallery area"). */
function sharesWord(seen: Seen, label: string): boolean {
  const words = wordsOf(label);
  if (words.length === 0) return false;
  return seen.elements.some((e) => {
    const own = wordsOf(e.label);
    return words.some((w) => own.includes(w));
  });
}

/** The nearest element above the target that reacts to taps, within a slide's reach. */
function neighbourAbove(from: Seen, target: SeenElement): SeenElement | undefined {
  let above: SeenElement | undefined;
  for (const el of from.elements) {
    if (el === target || el.id === undefined || el.label === '') continue;
    // Only something that reacts to a tap can open a screen: a heading above
    // the row does not, even when the new screen's back button repeats it.
    if (!reactsToTaps(from, el)) continue;
    const dy = target.tap.y - el.tap.y;
    if (dy <= 0 || dy > maxSlide || Math.abs(el.tap.x - target.tap.x) > 0.25) continue;
    if (!above || el.tap.y > above.tap.y) above = el;
  }
  return above;
}

/** A carousel page's position text. */
const pagePattern = /^(\d+) of (\d+)$/;
/** How a carousel's forward button reads. */
const forwardPattern = /\b(?:next|continue)\b/i;

/** The page number and count a reading's "n of m" text gives, if any. */
function pageOf(seen: Seen): { readonly page: number; readonly of: number } | undefined {
  for (const el of seen.elements) {
    const match = pagePattern.exec(el.label);
    if (match) return { page: Number(match[1]), of: Number(match[2]) };
  }
  return undefined;
}

/**
 * The carousel moved on one page and the neighbour is its forward button:
 * the last page has no Next to name, so the page count is what tells.
 */
function pagedOnBy(from: Seen, seen: Seen, above: SeenElement): boolean {
  if (!forwardPattern.test(above.label)) return false;
  const before = pageOf(from);
  const after = pageOf(seen);
  return (
    before !== undefined &&
    after !== undefined &&
    after.of === before.of &&
    after.page === before.page + 1
  );
}

/** Component names that show content and take no taps (titles, text, images). */
const passiveComponent = /(Title|Text|Label|Caption|Image|Thumbnail|Heading)$/;

/** Whether a tap on this element can open anything, as far as the reading tells. */
function reactsToTaps(from: Seen, el: SeenElement): boolean {
  if (from.tool === 'describe') return el.flags.includes('clickable');
  if (from.tool === 'debugger-component-tree') return !passiveComponent.test(el.role);
  return true;
}
