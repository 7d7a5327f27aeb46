import type { Rng } from '../../../rng.js';

/**
 * A look-alike of a label ("Notifications" → "Notification sounds"), so a
 * model has to read the whole label rather than match its first word.
 */
export function nearDuplicate(rng: Rng, label: string): string {
  const singular = label.endsWith('s') && label.length > 3 ? label.slice(0, -1) : label;
  return rng.pick([
    `${singular} sounds`,
    `${label} settings`,
    `${singular} history`,
    `Advanced ${label.toLowerCase()}`,
    `${label} (beta)`,
    `Reset ${label.toLowerCase()}`,
    `${singular} preview`,
    `Default ${label.toLowerCase()}`,
  ]);
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
