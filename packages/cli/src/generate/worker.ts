import { workerData } from 'node:worker_threads';
import { createEpisodeMaker, type EpisodeConfig, forEachEpisode } from './episode.js';
import { withoutRecord } from './episode-output.js';
import type { Job } from './jobs.js';
import { type PackedOutputs, packLines } from './line-packer.js';
import { serveJobs } from './serve-jobs.js';

// A generate worker: builds its own gym, expert and narrator from the config
// and answers jobs of seeds with their episodes.
const make = createEpisodeMaker(workerData as EpisodeConfig);
// Accepted records stay here: their canonical line and stats features carry
// them, and their lines travel as bytes in transferred buffers. Each episode
// is packed as soon as it is made, so the worker's heap holds one episode's
// strings, not a job's: with 67 offered tools, mlx --per-turn repeats every
// tool in every turn's line, and a 64-episode job of such strings ran the
// worker out of its capped heap. A buffer an episode (not one a job) also
// spares the copy a job-sized buffer would need, which at that size doubled
// the worker's peak.
serveJobs(
  (job: Job) => {
    const packs: PackedOutputs[] = [];
    forEachEpisode(make, job, (output) => packs.push(packLines([withoutRecord(output)])));
    return {
      outputs: packs.flatMap((pack) => pack.outputs),
      buffers: packs.map((pack) => pack.buffer),
    };
  },
  (result) => result.buffers,
);
