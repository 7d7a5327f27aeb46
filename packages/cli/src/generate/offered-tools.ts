import { createRng, deriveSeed } from '@forge/gym';
import type { Catalog, ToolSpec } from '@forge/spec';

/**
 * The tools offered in a record: every tool the episode ran (`toolsRun`:
 * run-sequence steps and flow-add-step commands too) plus seeded
 * distractors up to `count` (or just `extra` of them in lean mode), in
 * catalog order so a tool's position says nothing about whether it was used.
 */
export function offeredTools(
  catalog: Pick<Catalog, 'names' | 'tools'>,
  used: ReadonlySet<string>,
  seed: number,
  options: { readonly count: number; readonly lean: boolean; readonly extra: number },
): ToolSpec[] {
  const others = catalog.names.filter((name) => !used.has(name));
  const want = options.lean ? options.extra : Math.max(0, options.count - used.size);
  const picked = new Set(createRng(deriveSeed('offered', seed)).shuffle(others).slice(0, want));
  return catalog.tools.filter((tool) => used.has(tool.name) || picked.has(tool.name));
}
