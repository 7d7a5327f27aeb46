import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EpisodeOutput, lineString } from './episode-output.js';
import { packLines } from './line-packer.js';

const features = {
  split: 'train',
  family: 'toggle',
  platform: 'ios',
  pack: 'settings',
  persona: 'novice',
  difficulty: 'easy',
  success: true,
  recovered: false,
  calls: 1,
  injected: false,
  tools: ['list-devices'],
  screens: [],
  taps: [],
  request: 1,
  app: 2,
  tokens: 3,
} as const;

const text = fc.string({ unit: 'binary', maxLength: 40 });
const output = fc.oneof(
  fc.record({
    canonical: text,
    formats: fc.option(fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 3 }), {
      nil: undefined,
    }),
  }),
  fc.constant(undefined),
);

function episode(
  seed: number,
  lines: { canonical: string; formats: string[][] | undefined } | undefined,
): EpisodeOutput {
  if (lines === undefined)
    return { kind: 'rejected', split: 'train', id: `r/${seed}`, seed, violations: [] };
  return {
    kind: 'accepted',
    split: 'train',
    id: `a/${seed}`,
    seed,
    key: '0'.repeat(28),
    features,
    canonical: lines.canonical,
    ...(lines.formats === undefined ? {} : { formats: lines.formats }),
  };
}

describe('packLines', () => {
  it('moves every line into one buffer of their UTF-8 bytes, each line a view that reads back the same', () => {
    fc.assert(
      fc.property(fc.array(output, { maxLength: 8 }), (drawn) => {
        const outputs = drawn.map((lines, seed) => episode(seed, lines));
        const { outputs: packed, buffer } = packLines(outputs);
        let bytes = 0;
        expect(packed).toHaveLength(outputs.length);
        for (const [i, out] of packed.entries()) {
          const before = outputs[i] as EpisodeOutput;
          if (out.kind !== 'accepted' || before.kind !== 'accepted') {
            expect(out).toBe(before);
            continue;
          }
          expect(out.canonical).toBeInstanceOf(Uint8Array);
          expect(lineString(out.canonical)).toBe(before.canonical);
          expect((out.canonical as Uint8Array).buffer).toBe(buffer);
          bytes += Buffer.byteLength(before.canonical as string);
          expect(out.formats?.map((lines) => lines.map(lineString))).toEqual(before.formats);
          for (const lines of before.formats ?? [])
            for (const line of lines) bytes += Buffer.byteLength(line as string);
          expect(out.features).toBe(before.features);
        }
        expect(buffer.byteLength).toBe(bytes);
      }),
    );
  });
});
