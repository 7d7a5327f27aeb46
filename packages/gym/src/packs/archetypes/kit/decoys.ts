import type { Rng } from '../../../rng.js';
import { singular } from './singular.js';

/**
 * A look-alike of a label ("Notifications" → "Notification sounds"), so a
 * model has to read the whole label rather than match its first word.
 */
export function nearDuplicate(rng: Rng, label: string): string {
  // Draws the pattern as `rng.pick` over the eight would, but builds only the one it picks.
  const one = singular(label);
  switch (rng.int(0, 7)) {
    case 0:
      return `${one} sounds`;
    case 1:
      return `${label} settings`;
    case 2:
      return `${one} history`;
    case 3:
      return `Advanced ${label.toLowerCase()}`;
    case 4:
      return `${label} (beta)`;
    case 5:
      return `Reset ${label.toLowerCase()}`;
    case 6:
      return `${one} preview`;
    default:
      return `Default ${label.toLowerCase()}`;
  }
}

/** `count` distinct picks from a bank (the bank must be at least that long). */
export function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  return rng.shuffle(items).slice(0, Math.min(count, items.length));
}

/** Combines a qualifier bank and a noun bank into distinct labels. */
export function combineLabels(
  rng: Rng,
  qualifiers: readonly string[],
  nouns: readonly string[],
  count: number,
): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 20; tries += 1) {
    out.add(`${rng.pick(qualifiers)} ${rng.pick(nouns)}`.trim());
  }
  return [...out];
}
