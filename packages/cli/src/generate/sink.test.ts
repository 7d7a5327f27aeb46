import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  configCatalog,
  createEpisodeMaker,
  defaultEpisodeConfig,
  type EpisodeConfig,
} from './episode.js';
import { type AcceptedEpisode, withoutRecord } from './episode-output.js';
import { packLines } from './line-packer.js';
import { maxEpisodes } from './options.js';
import { createSink } from './sink.js';

const config: EpisodeConfig = { ...defaultEpisodeConfig, systemPrompt: 'compact' };
const make = createEpisodeMaker(config);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function firstAccepted(from: number): AcceptedEpisode {
  for (let seed = from; seed < from + 50; seed += 1) {
    const output = make(seed, 'train');
    if (output.kind === 'accepted') return output;
  }
  throw new Error('no accepted episode');
}

/** Writes the episodes through a sink and reads back what it wrote. */
async function write(outputs: readonly AcceptedEpisode[], expected = outputs.length) {
  const outDir = mkdtempSync(join(tmpdir(), 'forge-sink-'));
  dirs.push(outDir);
  const sink = await createSink({
    outDir,
    exporters: [],
    catalog: configCatalog(config),
    contextLimit: 8192,
    samples: 2,
    expected,
  });
  // What the sink holds in typed tables once open, before it lets go at finish.
  const peakArrayBuffers = process.memoryUsage().arrayBuffers;
  for (const output of outputs) await sink.accept(output);
  const result = await sink.finish();
  const read = (name: string) => readFileSync(join(outDir, name), 'utf8');
  return { result, read, peakArrayBuffers };
}

describe('createSink', () => {
  it('does not size its tables for the most episodes --n allows before any arrives', async () => {
    // A billion records would be 25 GB of dedup slots; the table grows as records come instead.
    const before = process.memoryUsage().arrayBuffers;
    const { result, read, peakArrayBuffers } = await write([firstAccepted(10)], maxEpisodes);
    expect(peakArrayBuffers - before).toBeLessThan(128 * 2 ** 20);
    expect(result.accepted.train).toBe(1);
    expect(read('train.jsonl').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes the same bytes from episodes a worker sent without their records', async () => {
    const episodes = [firstAccepted(10), firstAccepted(200), firstAccepted(400)];
    const direct = await write(episodes);
    const sent = await write(
      episodes.map((e) => structuredClone(withoutRecord(e)) as AcceptedEpisode),
    );
    // As a worker sends them: lines packed into one buffer, moved, not copied.
    const packed = packLines(episodes.map(withoutRecord));
    const moved = structuredClone(packed, { transfer: [packed.buffer] });
    expect(packed.buffer.byteLength).toBe(0);
    expect(
      moved.outputs.every((o) => o.kind === 'accepted' && o.canonical instanceof Uint8Array),
    ).toBe(true);
    const fromBytes = await write(moved.outputs as AcceptedEpisode[]);
    for (const name of ['train.jsonl', 'stats.json', 'samples.md', 'rejects.jsonl'])
      expect(fromBytes.read(name), name).toBe(direct.read(name));
    expect(sent.result.accepted.train).toBe(3);
    for (const name of ['train.jsonl', 'stats.json', 'samples.md', 'rejects.jsonl'])
      expect(sent.read(name), name).toBe(direct.read(name));
    expect(sent.read('samples.md')).toContain(episodes[0]?.record?.id ?? 'missing');
  });

  it('rejects a near-duplicate with the record read back from its line, and counts it once', async () => {
    const episode = firstAccepted(10);
    const [copy] = packLines([withoutRecord(episode)]).outputs as AcceptedEpisode[];
    expect(copy?.record).toBeUndefined();
    if (copy === undefined) throw new Error('no packed copy');
    const { result, read } = await write([episode, copy]);
    expect(result.accepted.train).toBe(1);
    expect(result.dedup).toEqual({ checked: 2, removed: 1 });
    expect(result.stats.records.total).toBe(1);
    const line = JSON.parse(read('rejects.jsonl').trim()) as {
      codes: string[];
      seed: number;
      record: unknown;
    };
    expect(line.codes).toEqual(['dedup.near-duplicate']);
    expect(line.seed).toBe(episode.seed);
    expect(line.record).toEqual(episode.record);
  });
});
