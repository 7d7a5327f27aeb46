import type { EpisodeResult, EpisodeSpec, EpisodeSummary } from './episode-result.js';

/** An episode without its transcript: what metrics read. */
export function toSummary(episode: EpisodeResult): EpisodeSummary {
  const { messages: _messages, log: _log, offered: _offered, ...summary } = episode;
  return summary;
}

/**
 * An episode whose env or reference threw: recorded as an error so nothing
 * is lost, with the reason, instead of taking the whole run down.
 */
export function crashedEpisode(spec: EpisodeSpec, error: unknown): EpisodeResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...spec,
    taskId: 'unknown',
    family: spec.family ?? 'unknown',
    platform: spec.platform ?? 'android',
    pack: spec.pack ?? 'unknown',
    injections: [],
    success: false,
    end: 'error',
    error: { code: 'episode.crash', message },
    turns: 0,
    calls: 0,
    schemaValidCalls: 0,
    taps: 0,
    groundedTaps: 0,
    policyViolations: 0,
    formatErrors: 0,
    durationMs: 0,
    offered: [],
    messages: [],
    log: [],
  };
}
