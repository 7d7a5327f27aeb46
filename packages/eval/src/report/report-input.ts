import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ForgeError, fail, ok, type Result } from '@forge/spec';
import type { EpisodeResult } from '../loop/episode-result.js';
import { readEpisodes } from '../results/files.js';
import { type ResultsFile, resultsSchemaId } from '../results/results-file.js';

/** One run as the report sees it: its results and its failing episodes. */
export interface ReportRun {
  readonly label: string;
  readonly resultsPath: string;
  /** Path of its episodes.jsonl. */
  readonly episodesPath: string;
  readonly results: ResultsFile;
  /** Failed episodes with their line number in episodes.jsonl (1-based). */
  readonly failing: readonly { readonly line: number; readonly episode: EpisodeResult }[];
}

/** Reads a results.json and the failing transcripts beside it. */
export async function readReportRun(
  resultsPath: string,
  label: string,
): Promise<Result<ReportRun, ForgeError>> {
  let results: ResultsFile;
  try {
    results = JSON.parse(await readFile(resultsPath, 'utf8')) as ResultsFile;
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_IO', 'cannot read results', { location: resultsPath, cause }),
    );
  }
  if (results.schema !== resultsSchemaId) {
    return fail(
      new ForgeError('FORGE_USAGE', `not a ${resultsSchemaId} results file`, {
        location: resultsPath,
      }),
    );
  }
  const episodesPath = join(dirname(resultsPath), 'episodes.jsonl');
  const episodes = await readEpisodes(episodesPath);
  const list =
    episodes instanceof Map ? [...episodes.values()].sort((a, b) => a.index - b.index) : [];
  // After a finished run the file is sorted by index, so line = position + 1.
  const failing = list.flatMap((episode, i) => (episode.success ? [] : [{ line: i + 1, episode }]));
  return ok({ label, resultsPath, episodesPath, results, failing });
}
