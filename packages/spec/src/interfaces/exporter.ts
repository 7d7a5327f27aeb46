import type { Split, TrajectoryRecord } from '../record/trajectory.js';

/** Turns canonical records into one trainer format. */
export interface Exporter {
  /** The `--format` name, also the output folder's name. */
  readonly format: string;
  /** The file a split's records go to, relative to the format's folder. */
  fileName(split: Split): string;
  /** Zero or more output lines for one record, without trailing newlines. */
  render(record: TrajectoryRecord): readonly string[];
  /** Files written once beside the data (e.g. `dataset_info.json`), by relative path. */
  extraFiles?(files: ReadonlyMap<Split, string>): Readonly<Record<string, string>>;
}
