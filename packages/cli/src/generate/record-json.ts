import { createToolListJson } from '@forge/export';
import type { TrajectoryRecord } from '@forge/spec';

/**
 * `JSON.stringify(record)`, byte for byte, with the offered tools' JSON
 * cached per ToolSpec object (@forge/export's createToolListJson, which the
 * trainer formats use too). A record's tools are the catalog's own objects
 * (see offered-tools: it filters `catalog.tools`), about two thirds of the
 * record's bytes and the same objects in every record, so serializing them
 * once per run instead of once per record saves a large share of the
 * canonical line's cost.
 */
export function createRecordJson(): (record: TrajectoryRecord) => string {
  const toolList = createToolListJson((tool) => tool);
  const toolsJson = (value: unknown): string | undefined =>
    Array.isArray(value) ? toolList.array(value) : JSON.stringify(value);

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
