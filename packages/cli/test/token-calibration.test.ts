import type { TrajectoryRecord } from '@forge/spec';
import { mlxExamples } from '@forge/train-mlx';
import { getEncoding, type Tiktoken } from 'js-tiktoken';
import { describe, expect, it } from 'vitest';
import { createEpisodeMaker, defaultEpisodeConfig } from '../src/generate/episode.js';
import { type AcceptedEpisode, lineString } from '../src/generate/episode-output.js';

// stats.json's token figures and `forge train mlx`'s length check both
// estimate without the model's tokenizer. This holds the estimates against
// two real BPE vocabularies of the size the target models use (o200k_base,
// cl100k_base; Qwen's and Llama 3's are built the same way), counting the
// text a trainer actually tokenizes: the hermes (Qwen chat template) and
// gemma renderings of generated records. The band is the contract the docs
// state: never below the real count (a context check must not let a
// truncated example through), and at most 1.25 times it (a wider margin
// would refuse examples that fit).
const low = 1;
const high = 1.25;

const encodings: [string, Tiktoken][] = [
  ['o200k_base', getEncoding('o200k_base')],
  ['cl100k_base', getEncoding('cl100k_base')],
];

/** The record, its stats.json estimate and its hermes and gemma texts. */
function texts(episode: AcceptedEpisode) {
  const { seed, record, features, formats = [] } = episode;
  if (!record) throw new Error('made in this thread, so the record is there');
  const rendered = formats.map((lines) => JSON.parse(lineString(lines[0] ?? '')).text as string);
  return { seed, record, tokens: features.tokens, texts: rendered };
}

const configs = {
  default: { ...defaultEpisodeConfig, formats: ['hermes', 'gemma'] },
  // Fewer tools and a short prompt: prose and observations weigh more.
  'lean, compact prompt': {
    ...defaultEpisodeConfig,
    formats: ['hermes', 'gemma'],
    lean: true,
    systemPrompt: 'compact' as const,
  },
  '28 offered tools': { ...defaultEpisodeConfig, formats: ['hermes', 'gemma'], offered: 28 },
};

describe.each(Object.entries(configs))(
  'token estimates against real tokenizers (%s)',
  (_, config) => {
    const make = createEpisodeMaker(config);
    const episodes: { seed: number; record: TrajectoryRecord; tokens: number; texts: string[] }[] =
      [];
    for (let seed = 500; episodes.length < 24; seed += 1) {
      const out = make(seed, 'train');
      if (out.kind === 'accepted') episodes.push(texts(out));
    }

    it.each(encodings)(
      'the stats.json estimate is 1 to 1.25 times the %s count of the rendered text',
      (_, encoding) => {
        for (const episode of episodes) {
          for (const text of episode.texts) {
            const ratio = episode.tokens / encoding.encode(text, 'all').length;
            expect(ratio, `seed ${episode.seed}`).toBeGreaterThanOrEqual(low);
            expect(ratio, `seed ${episode.seed}`).toBeLessThanOrEqual(high);
          }
        }
      },
    );

    it.each(encodings)(
      "train mlx's length estimate is 1 to 1.25 times the %s count",
      (_, encoding) => {
        for (const episode of episodes) {
          const [hermes = '', gemma = ''] = episode.texts;
          // The tools data goes through the model's own template (Qwen's: the hermes text).
          const [chat] = mlxExamples(episode.record, 'tools', false);
          const chatRatio = (chat?.tokens ?? 0) / encoding.encode(hermes, 'all').length;
          expect(chatRatio, `seed ${episode.seed}`).toBeGreaterThanOrEqual(low);
          expect(chatRatio, `seed ${episode.seed}`).toBeLessThanOrEqual(high);
          const [text] = mlxExamples(episode.record, 'gemma', false);
          const textRatio = (text?.tokens ?? 0) / encoding.encode(gemma, 'all').length;
          expect(textRatio, `seed ${episode.seed}`).toBeGreaterThanOrEqual(low);
          expect(textRatio, `seed ${episode.seed}`).toBeLessThanOrEqual(high);
        }
      },
    );
  },
);
