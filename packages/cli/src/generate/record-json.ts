import type { ToolSpec, TrajectoryRecord } from '@forge/spec';

/**
 * `JSON.stringify(record)`, byte for byte, with the offered tools' JSON
 * cached. A record's tools are the catalog's own ToolSpec objects (see
 * offered-tools: it filters `catalog.tools`), about two thirds of the
 * record's bytes and the same objects in every record, so serializing them
 * once per maker instead of once per record saves a large share of the
 * canonical line's cost. Nothing mutates a catalog's tools after it is
 * built; a tool that is not one of those objects is serialized as usual.
 */
export function createRecordJson(tools: readonly ToolSpec[]): (record: TrajectoryRecord) => string {
  const cached = new Map<ToolSpec, string>();
  for (const tool of tools) cached.set(tool, JSON.stringify(tool));

  function toolsJson(value: unknown): string | undefined {
    if (!Array.isArray(value)) return JSON.stringify(value);
    const parts: string[] = [];
    for (const tool of value) {
      const text = cached.get(tool as ToolSpec);
      if (text === undefined) return JSON.stringify(value);
      parts.push(text);
    }
    return `[${parts.join(',')}]`;
  }

  return (record) => {
    // The same walk JSON.stringify makes over the top level: own enumerable
    // keys in order, a value that serializes to nothing (undefined) left out.
    const fields = record as unknown as Record<string, unknown>;
    let out = '';
    for (const key of Object.keys(fields)) {
      const text = key === 'tools' ? toolsJson(fields[key]) : JSON.stringify(fields[key]);
      if (text === undefined) continue;
      out += `${out === '' ? '{' : ','}${JSON.stringify(key)}:${text}`;
    }
    return out === '' ? '{}' : `${out}}`;
  };
}
