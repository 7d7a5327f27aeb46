import { type JsonValue, type Split, splits } from '@forge/spec';

/** One written file, as the manifest lists it. */
export interface FileEntry {
  /** Relative to the output folder, with `/` separators. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Lines (records) in the file; 0 for files that are not JSONL. */
  readonly records: number;
}

/** A split's seeds: `from` inclusive, `to` exclusive. */
export interface SeedRange {
  readonly from: number;
  readonly to: number;
}

/** The facts a manifest starts from. */
export interface ManifestInput {
  /** The command's arguments, as given. */
  readonly args: Readonly<Record<string, JsonValue>>;
  /** Package and tool versions by name. */
  readonly versions: Readonly<Record<string, string>>;
  readonly seedRanges: Readonly<Partial<Record<Split, SeedRange>>>;
}

/** How many records the content-key dedup looked at and removed. */
export interface DedupSummary {
  readonly checked: number;
  readonly removed: number;
}

/** The `manifest.json` object. */
export interface Manifest {
  readonly schema: 'forge.manifest/1';
  readonly args: Readonly<Record<string, JsonValue>>;
  readonly versions: Readonly<Record<string, string>>;
  readonly seedRanges: Readonly<Partial<Record<Split, SeedRange>>>;
  /** The proof that splits cannot share an episode. */
  readonly disjoint: { readonly seedRanges: boolean; readonly dedup: DedupSummary };
  /** Sorted by path. */
  readonly files: readonly FileEntry[];
}

/** Collects file entries while a run writes, then gives the manifest. */
export interface ManifestBuilder {
  addFile(entry: FileEntry): void;
  setDedup(summary: DedupSummary): void;
  result(): Manifest;
}

/** A file entry with `/` separators and a stable key order. */
export function fileEntry(input: FileEntry): FileEntry {
  return {
    path: input.path.replaceAll('\\', '/'),
    sha256: input.sha256,
    bytes: input.bytes,
    records: input.records,
  };
}

/** True when no two splits' seed ranges overlap (empty ranges overlap nothing). */
export function seedRangesDisjoint(ranges: Readonly<Partial<Record<Split, SeedRange>>>): boolean {
  const list = splits.flatMap((split) => {
    const range = ranges[split];
    return range && range.to > range.from ? [range] : [];
  });
  return list.every((a, i) => list.slice(i + 1).every((b) => a.to <= b.from || b.to <= a.from));
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** A manifest builder: arguments and versions with sorted keys, seed ranges in split order. */
export function createManifest(input: ManifestInput): ManifestBuilder {
  const files = new Map<string, FileEntry>();
  let dedup: DedupSummary = { checked: 0, removed: 0 };
  return {
    addFile(entry) {
      const normal = fileEntry(entry);
      files.set(normal.path, normal);
    },
    setDedup(summary) {
      dedup = { checked: summary.checked, removed: summary.removed };
    },
    result() {
      const seedRanges = Object.fromEntries(
        splits.flatMap((split) => {
          const range = input.seedRanges[split];
          return range ? [[split, { from: range.from, to: range.to }]] : [];
        }),
      );
      return {
        schema: 'forge.manifest/1',
        args: sortedRecord(input.args),
        versions: sortedRecord(input.versions),
        seedRanges,
        disjoint: { seedRanges: seedRangesDisjoint(input.seedRanges), dedup },
        files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      };
    },
  };
}
