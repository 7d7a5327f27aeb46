import { type Split, splits } from '@forge/spec';

/** What `dataset_info.json` registers. */
export interface DatasetInfoInput {
  /** Data files by split, relative to the folder. */
  readonly files: ReadonlyMap<Split, string>;
  readonly prefix: string;
  /** Preference (DPO) files by split. */
  readonly preferenceFiles: Readonly<Partial<Record<Split, string>>>;
}

const sftColumns = { messages: 'conversations', system: 'system', tools: 'tools' };
const rankingColumns = {
  messages: 'conversations',
  chosen: 'chosen',
  rejected: 'rejected',
  system: 'system',
  tools: 'tools',
};

/**
 * LLaMA-Factory's `dataset_info.json`: one `<prefix>_<split>` entry per data
 * file and one `<prefix>_<split>_preference` entry per preference file, in
 * split order so the file is byte-stable.
 */
export function shareGptDatasetInfo(input: DatasetInfoInput): string {
  const info: Record<string, unknown> = {};
  for (const split of splits) {
    const file = input.files.get(split);
    if (file !== undefined)
      info[`${input.prefix}_${split}`] = {
        file_name: file,
        formatting: 'sharegpt',
        columns: sftColumns,
      };
  }
  for (const split of splits) {
    const file = input.preferenceFiles[split];
    if (file !== undefined)
      info[`${input.prefix}_${split}_preference`] = {
        file_name: file,
        formatting: 'sharegpt',
        ranking: true,
        columns: rankingColumns,
      };
  }
  return `${JSON.stringify(info, null, 2)}\n`;
}
