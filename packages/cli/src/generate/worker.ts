import { workerData } from 'node:worker_threads';
import { createEpisodeMaker, type EpisodeConfig, runJob } from './episode.js';
import { packLines, withoutRecord } from './episode-output.js';
import type { Job } from './jobs.js';
import { serveJobs } from './serve-jobs.js';

// A generate worker: builds its own gym, expert and narrator from the config
// and answers jobs of seeds with their episodes.
const make = createEpisodeMaker(workerData as EpisodeConfig);
// Accepted records stay here: their canonical line and stats features carry
// them, and every line travels as bytes in one transferred buffer per job.
serveJobs(
  (job: Job) => packLines(runJob(make, job).map(withoutRecord)),
  (packed) => [packed.buffer],
);
