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

/** Which tool catalog made a dataset: the built-in toolkit or a file. */
export interface CatalogIdentity {
  readonly builtIn: boolean;
  readonly tools: number;
  /** sha256 of the catalog's tools as JSON: equal for catalogs that say the same. */
  readonly sha256: string;
}

/** The facts a manifest starts from. */
export interface ManifestInput {
  /** The command's arguments, as given. */
  readonly args: Readonly<Record<string, JsonValue>>;
  /** Package and tool versions by name. */
  readonly versions: Readonly<Record<string, string>>;
  readonly catalog: CatalogIdentity;
  readonly seedRanges: Readonly<Partial<Record<Split, SeedRange>>>;
}

/** How many records the content-key dedup looked at and removed. */
export interface DedupSummary {
  readonly checked: number;
  readonly removed: number;
}

/**
 * The disjointness proof: what two splits share. Seed overlap is counted
 * from the ranges; content overlap is a consistency check of the dedup
 * (see `contentOverlap`).
 */
export interface Disjointness {
  readonly seedRanges: boolean;
  /** Seeds that fall in more than one split's range. */
  readonly seedOverlap: number;
  /**
   * Written records beyond one per content key: records written minus the
   * distinct keys the dedup table holds. The dedup writes a record only when
   * its key is new, so this is 0 unless the dedup is broken; it is not an
   * independent count of keys shared between splits.
   */
  readonly contentOverlap: number;
  readonly dedup: DedupSummary;
}

/** The `manifest.json` object. */
export interface Manifest {
  readonly schema: 'forge.manifest/1';
  readonly args: Readonly<Record<string, JsonValue>>;
  readonly versions: Readonly<Record<string, string>>;
  readonly catalog: CatalogIdentity;
  readonly seedRanges: Readonly<Partial<Record<Split, SeedRange>>>;
  /** The proof that splits cannot share an episode. */
  readonly disjoint: Disjointness;
  /** Sorted by path. */
  readonly files: readonly FileEntry[];
}

/** Collects file entries while a run writes, then gives the manifest. */
export interface ManifestBuilder {
  addFile(entry: FileEntry): void;
  /** The dedup pass's counts and the cross-split content overlap left after it. */
  setDedup(summary: DedupSummary, contentOverlap: number): void;
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

/** How many seeds lie in more than one split's range (ranges are half-open). */
export function seedOverlap(ranges: Readonly<Partial<Record<Split, SeedRange>>>): number {
  const list = splits.flatMap((split) => {
    const range = ranges[split];
    return range && range.to > range.from ? [range] : [];
  });
  // Sweep the boundaries: a seed is shared where two or more ranges are open.
  const events = list
    .flatMap((r) => [
      { at: r.from, delta: 1 },
      { at: r.to, delta: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let shared = 0;
  let last = 0;
  for (const event of events) {
    if (open >= 2) shared += event.at - last;
    open += event.delta;
    last = event.at;
  }
  return shared;
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
  let contentOverlap = 0;
  return {
    addFile(entry) {
      const normal = fileEntry(entry);
      files.set(normal.path, normal);
    },
    setDedup(summary, overlap) {
      dedup = { checked: summary.checked, removed: summary.removed };
      contentOverlap = overlap;
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
        catalog: {
          builtIn: input.catalog.builtIn,
          tools: input.catalog.tools,
          sha256: input.catalog.sha256,
        },
        seedRanges,
        disjoint: {
          seedRanges: seedRangesDisjoint(input.seedRanges),
          seedOverlap: seedOverlap(input.seedRanges),
          contentOverlap,
          dedup,
        },
        files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      };
    },
  };
}
