import { rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  contentKeyHashes,
  createStatsAccumulator,
  type FileEntry,
  KeyPairMap,
  type StatsAccumulator,
  samplesMarkdown,
  tableCapacity,
} from '@forge/export';
import { type Exporter, makeFolder, type Split, splits, type TrajectoryRecord } from '@forge/spec';
import { type AtomicFile, commitAll, type FileDigest, openAtomicFile } from './atomic-file.js';
import { type EpisodeOutput, recordOf, rejectLine } from './episode-output.js';
import { manifestFile, previousFiles, removeStale } from './previous-run.js';

/** Splits that get trainer-format files; eval stays canonical for the eval harness. */
const formatSplits: readonly Split[] = ['train', 'valid', 'test'];
/** Records the dedup table is sized for up front (25 MB of slots at most). */
const presizeLimit = 1_000_000;

/** What the sink writes and how. */
export interface SinkOptions {
  readonly outDir: string;
  readonly exporters: readonly Exporter[];
  readonly catalog: { readonly names: readonly string[] };
  readonly contextLimit: number;
  readonly samples: number;
  /**
   * Episodes the run will offer, so the tables that grow with every record
   * start at their final size: doubling one at the end of a long run held
   * the old and the new copy at once, and freed typed arrays are not always
   * given back to the system.
   */
  readonly expected: number;
}

/** What the sink wrote, for the manifest and the summary line. */
export interface SinkResult {
  readonly files: readonly FileEntry[];
  readonly accepted: Readonly<Record<Split, number>>;
  readonly rejected: number;
  readonly dedup: { readonly checked: number; readonly removed: number };
  /** Records written beyond one per content key: 0 unless the dedup is broken. */
  readonly contentOverlap: number;
  readonly stats: ReturnType<StatsAccumulator['result']>;
}

/**
 * Receives episodes in seed order and writes the dataset: canonical files
 * per split, one folder per format, rejects.jsonl, stats.json and
 * samples.md. It removes near-duplicates across splits (first seen wins), so
 * the same episode stream always gives the same bytes. Files appear under
 * their final names only at `finish`.
 */
export async function createSink(options: SinkOptions) {
  for (const folder of [
    options.outDir,
    ...options.exporters.map((e) => join(options.outDir, e.format)),
  ]) {
    const made = await makeFolder(folder);
    if (!made.success) throw made.error;
  }
  const open = new Map<string, AtomicFile>();
  const file = (relative: string): AtomicFile => {
    let f = open.get(relative);
    if (!f) {
      f = openAtomicFile(join(options.outDir, relative));
      open.set(relative, f);
    }
    return f;
  };
  // Open every data file up front so empty canonical splits still get
  // (empty) files; empty format files are dropped at finish.
  for (const split of splits) file(`${split}.jsonl`);
  for (const exporter of options.exporters)
    for (const split of formatSplits) file(`${exporter.format}/${exporter.fileName(split)}`);
  const rejects = file('rejects.jsonl');

  const stats = createStatsAccumulator({
    catalog: options.catalog,
    contextLimit: options.contextLimit,
    expected: options.expected,
  });
  // Content key -> seed of the first record with it. A typed table, not a
  // Map of strings: this is the one structure that grows with every record.
  // Sized for the run up to presizeLimit records; past that it doubles as
  // records arrive, so a huge --n does not reserve gigabytes before the first.
  const seen = new KeyPairMap(tableCapacity(Math.min(options.expected, presizeLimit)));
  const accepted: Record<Split, number> = { train: 0, valid: 0, test: 0, eval: 0 };
  const samples: TrajectoryRecord[] = [];
  let rejected = 0;
  let checked = 0;
  let removed = 0;

  async function reject(output: Extract<EpisodeOutput, { kind: 'rejected' }>): Promise<void> {
    rejected += 1;
    stats.addReject(output.violations);
    await rejects.writeLine(rejectLine(output));
  }

  return {
    async accept(output: EpisodeOutput): Promise<void> {
      if (output.kind === 'rejected') return reject(output);
      checked += 1;
      const [a, b] = contentKeyHashes(output.key);
      const first = seen.get(a, b);
      if (first !== undefined) {
        removed += 1;
        return reject({
          kind: 'rejected',
          split: output.split,
          id: output.id,
          seed: output.seed,
          record: recordOf(output),
          violations: [
            {
              gate: 'dedup',
              code: 'dedup.near-duplicate',
              message: `same family and calls as the episode of seed ${first}`,
            },
          ],
        });
      }
      seen.set(a, b, output.seed);
      accepted[output.split] += 1;
      stats.addFeatures(output.features);
      if (samples.length < options.samples && output.split === 'train')
        samples.push(recordOf(output));
      await file(`${output.split}.jsonl`).writeLine(output.canonical);
      if (output.split === 'eval') return;
      // Formats not rendered ahead are rendered here, from one record read once.
      let record: TrajectoryRecord | undefined;
      const readRecord = (): TrajectoryRecord => {
        record ??= recordOf(output);
        return record;
      };
      for (const [index, exporter] of options.exporters.entries()) {
        const lines = output.formats?.[index] ?? exporter.render(readRecord());
        const target = file(`${exporter.format}/${exporter.fileName(output.split)}`);
        for (const line of lines) await target.writeLine(line);
      }
    },

    /** Commits every file and writes stats.json and samples.md; returns what was written. */
    async finish(): Promise<SinkResult> {
      const result = stats.result();
      await file('stats.json').write(`${JSON.stringify(result, null, 2)}\n`);
      await file('samples.md').write(samplesMarkdown(samples));
      // A trainer cannot load an empty file (mlx-lm reads the first record
      // to tell the format; LLaMA-Factory refuses an empty dataset), so an
      // empty split (valid or test at --split 100/0/0, train in an eval-only
      // run) is left out of the format folders and of their extra files; a
      // format with no split left writes no extra file at all. The canonical
      // split files are always written.
      const kept = formatSplits.filter((split) => accepted[split] > 0);
      const dataFiles = new Map<string, Map<Split, string>>();
      for (const exporter of options.exporters) {
        for (const split of formatSplits) {
          if (kept.includes(split)) continue;
          const relative = `${exporter.format}/${exporter.fileName(split)}`;
          await open.get(relative)?.abort();
          open.delete(relative);
        }
        dataFiles.set(exporter.format, new Map(kept.map((s) => [s, exporter.fileName(s)])));
      }
      if (kept.length > 0)
        for (const exporter of options.exporters) {
          const extra = exporter.extraFiles?.(dataFiles.get(exporter.format) ?? new Map()) ?? {};
          for (const [name, text] of Object.entries(extra))
            await file(`${exporter.format}/${name}`).write(text);
        }
      const ordered = [...open].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      // Every file is written out before any is renamed, and a previous
      // run's manifest goes first: a folder with a manifest.json holds
      // exactly the files that manifest describes, never a mix of two runs.
      let stale: string[] = [];
      const digests = await commitAll(
        ordered.map(([, f]) => f),
        async () => {
          stale = await previousFiles(options.outDir);
          await rm(join(options.outDir, manifestFile), { force: true });
        },
      );
      // A previous run's files this run does not write (a format dropped
      // from --format) would sit beside the new dataset, unlisted.
      await removeStale(
        options.outDir,
        stale.filter((path) => !open.has(path)),
      );
      const files: FileEntry[] = ordered.map(([relative], i) => {
        const digest = digests[i] as FileDigest;
        return {
          path: relative,
          sha256: digest.sha256,
          bytes: digest.bytes,
          records: relative.endsWith('.jsonl') ? digest.records : 0,
        };
      });
      open.clear();
      // A format with no split left holds nothing: its folder goes too.
      if (kept.length === 0)
        for (const exporter of options.exporters)
          await rmdir(join(options.outDir, exporter.format)).catch(() => undefined);
      const written = splits.reduce((sum, split) => sum + accepted[split], 0);
      return {
        files,
        accepted,
        rejected,
        dedup: { checked, removed },
        contentOverlap: written - seen.size,
        stats: result,
      };
    },

    async abort(): Promise<void> {
      await Promise.all([...open.values()].map((f) => f.abort()));
      open.clear();
    },
  };
}

export type Sink = Awaited<ReturnType<typeof createSink>>;
