import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { ForgeError, fail, ok, parseRecordLine, type Result, readJsonlLines } from '@forge/spec';
import { type MlxDataFormat, mlxExamples } from './data-format.js';
import { type AtomicLineWriter, createAtomicLineWriter } from './internal/atomic-file.js';

/** The splits mlx-lm reads from its data folder. */
export type MlxSplit = 'train' | 'valid' | 'test';

/** What one split became once converted to mlx-lm examples. */
export interface SplitReport {
  readonly split: MlxSplit;
  readonly records: number;
  readonly assistantTurns: number;
  /** Lines written: one per record, or one per assistant turn with `perTurn`. */
  readonly examples: number;
  /** Examples written whose estimated length exceeds `maxSeqLength`. */
  readonly tooLong: number;
  /** Examples left out for exceeding `maxSeqLength` (only with `skipLong`). */
  readonly skipped: number;
  readonly maxTokens: number;
  /** The record holding the longest example, to point a person at it. */
  readonly longestId?: string;
}

/** Where the canonical files are, where the mlx files go, and how to cut examples. */
export interface MlxDataRequest {
  readonly datasetDir: string;
  readonly outDir: string;
  readonly perTurn: boolean;
  /** What the chat messages carry; see `MlxDataFormat`. Default `tools`. */
  readonly format?: MlxDataFormat;
  readonly maxSeqLength: number;
  /** Leave over-long examples out instead of writing them. */
  readonly skipLong?: boolean;
}

/** Converted data waiting to be committed (renamed into place) or aborted. */
export interface PendingMlxData {
  readonly splits: readonly SplitReport[];
  readonly files: readonly string[];
  readonly commit: () => Promise<void>;
  readonly abort: () => Promise<void>;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function convertSplit(
  split: MlxSplit,
  request: MlxDataRequest,
  writer: AtomicLineWriter,
): Promise<Result<SplitReport, ForgeError>> {
  const file = join(request.datasetDir, `${split}.jsonl`);
  let records = 0;
  let assistantTurns = 0;
  let examples = 0;
  let tooLong = 0;
  let skipped = 0;
  let maxTokens = 0;
  let longestId: string | undefined;
  for await (const line of readJsonlLines(file)) {
    const parsed = parseRecordLine(line.text, `${file}:${line.number}`);
    if (!parsed.success) return parsed;
    const record = parsed.value;
    records += 1;
    assistantTurns += record.messages.filter((m) => m.role === 'assistant').length;
    for (const example of mlxExamples(record, request.format ?? 'tools', request.perTurn)) {
      const { tokens } = example;
      if (tokens > request.maxSeqLength) {
        if (request.skipLong) {
          skipped += 1;
          continue;
        }
        tooLong += 1;
      }
      await writer.write(example.line);
      examples += 1;
      if (tokens > maxTokens) {
        maxTokens = tokens;
        longestId = record.id;
      }
    }
  }
  const report = { split, records, assistantTurns, examples, tooLong, skipped, maxTokens };
  return ok(longestId === undefined ? report : { ...report, longestId });
}

/**
 * Streams the canonical `train`, `valid` and `test` files of a generated
 * dataset into mlx-lm chat files (in `request.format`) in `outDir`. Nothing appears
 * under its final name until `commit`, so a refused run leaves no data.
 * `train` and `valid` must exist (mlx-lm needs a validation set to train);
 * `test` is converted when present.
 */
export async function convertToMlxData(
  request: MlxDataRequest,
): Promise<Result<PendingMlxData, ForgeError>> {
  const splits: SplitReport[] = [];
  const writers: AtomicLineWriter[] = [];
  const files: string[] = [];
  const abort = async () => {
    for (const writer of writers) await writer.abort();
  };
  for (const split of ['train', 'valid', 'test'] as const) {
    const source = join(request.datasetDir, `${split}.jsonl`);
    if (!(await exists(source))) {
      if (split === 'test') continue;
      await abort();
      return fail(
        new ForgeError('FORGE_USAGE', `no ${split}.jsonl here; expected a forge generate output`, {
          location: request.datasetDir,
        }),
      );
    }
    const target = join(request.outDir, `${split}.jsonl`);
    const writer = createAtomicLineWriter(target);
    writers.push(writer);
    const report = await convertSplit(split, request, writer).catch(
      (cause: unknown) =>
        fail(new ForgeError('FORGE_IO', `cannot convert ${source}`, { cause })) as ReturnType<
          typeof fail<ForgeError>
        >,
    );
    if (!report.success) {
      await abort();
      return report;
    }
    // mlx-lm reads the first line of each file to choose its format, so an
    // empty optional file would crash it: leave the test split out instead.
    if (split === 'test' && report.value.examples === 0) {
      writers.pop();
      await writer.abort();
      continue;
    }
    splits.push(report.value);
    files.push(target);
  }
  return ok({
    splits,
    files,
    commit: async () => {
      for (const writer of writers) await writer.commit();
    },
    abort,
  });
}
