import type { TrajectoryRecord } from '@forge/spec';
import { createEpisodeMaker, defaultEpisodeConfig } from './episode.js';
import { recordOf } from './episode-output.js';

/** Seeds for self-check trajectories: their own block, away from any dataset's. */
const firstSeed = 9_100_000_000;

/**
 * Known-good trajectories for `forge selfcheck`: the expert's episodes from
 * a fixed seed block, so the self-check is reproducible. They are taken
 * whatever the gates said about them, so the control row (every record must
 * pass) can catch a gate that wrongly rejects good data. Only episodes the
 * expert did not finish are skipped: those are not known-good.
 */
export function expertTrajectories(count: number): TrajectoryRecord[] {
  const make = createEpisodeMaker({
    ...defaultEpisodeConfig,
    systemPrompt: 'compact',
    offered: 28,
  });
  const out: TrajectoryRecord[] = [];
  for (let seed = firstSeed; out.length < count && seed < firstSeed + count * 40; seed += 1) {
    const episode = make(seed, 'train');
    if (episode.kind === 'accepted') out.push(recordOf(episode));
    else if (episode.record?.meta.success === true) out.push(episode.record);
  }
  return out;
}
