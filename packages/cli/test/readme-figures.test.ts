// The README's figures are read by people choosing the tool: each one is
// checked against the code it describes, so adding an operator, a family or
// a pack without updating the README fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultFamilies, defaultPacks, injectionKinds } from '@forge/gym';
import { defaultCatalog } from '@forge/spec';
import { corruptions } from '@forge/validate';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The number written just before `words` on the README line that names `anchor`. */
function figure(anchor: string, words: string): number {
  const line = readme.split('\n').find((l) => l.includes(anchor) && l.includes(words));
  if (line === undefined) throw new Error(`README has no line with "${anchor}" and "${words}"`);
  const match = new RegExp(`(\\d+) ${words}`).exec(line);
  if (!match) throw new Error(`README line "${anchor}" has no number before "${words}"`);
  return Number(match[1]);
}

describe('README figures', () => {
  it('selfcheck names the number of corruption operators', () => {
    expect(figure('forge selfcheck', 'ways')).toBe(corruptions.length);
  });

  it('the gym row names the packs, tools, injections and families the code has', () => {
    expect(figure('@forge/gym', 'app archetype packs')).toBe(defaultPacks.length);
    expect(figure('@forge/gym', 'tool transitions')).toBe(defaultCatalog().tools.length);
    expect(figure('@forge/gym', 'failure injections')).toBe(injectionKinds.length);
    expect(figure('@forge/gym', 'task families')).toBe(defaultFamilies.length);
  });
});
