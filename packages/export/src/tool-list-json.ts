import type { ToolSpec } from '@forge/spec';

/**
 * `JSON.stringify(tools.map(shape))`, byte for byte, with each tool's JSON
 * kept per ToolSpec object. The offered tools are about two thirds of a
 * line's bytes and, in a generate run, the same catalog objects in every
 * record, so each format serializes each tool once instead of once per
 * record (or per assistant turn). ToolSpecs are read-only once a catalog is
 * built; a record parsed from a file brings new objects, which simply miss.
 * The canonical line (the CLI's record-json) uses it with the tool as is.
 */
export interface ToolListJson {
  /** The JSON array of the shaped tools. */
  array(tools: readonly ToolSpec[]): string;
  /** That array as a JSON string value (quoted and escaped), as ShareGPT's `tools` column holds it. */
  quoted(tools: readonly ToolSpec[]): string;
}

export function createToolListJson(shape: (tool: ToolSpec) => unknown): ToolListJson {
  const plain = new WeakMap<ToolSpec, string>();
  const escaped = new WeakMap<ToolSpec, string>();

  function jsonOf(tool: ToolSpec): string {
    // A WeakMap takes only objects; anything else in a malformed list is
    // serialized as it comes.
    if (typeof tool !== 'object' || tool === null) return JSON.stringify(shape(tool)) ?? 'null';
    let text = plain.get(tool);
    if (text === undefined) {
      // A shape that serializes to nothing sits in an array as null, as in JSON.stringify.
      text = JSON.stringify(shape(tool)) ?? 'null';
      plain.set(tool, text);
    }
    return text;
  }

  function escapedOf(tool: ToolSpec): string {
    if (typeof tool !== 'object' || tool === null) return JSON.stringify(jsonOf(tool)).slice(1, -1);
    let text = escaped.get(tool);
    if (text === undefined) {
      // Escaping is per character and each piece is whole JSON, so the
      // escaped pieces joined are the escaped whole.
      text = JSON.stringify(jsonOf(tool)).slice(1, -1);
      escaped.set(tool, text);
    }
    return text;
  }

  return {
    array: (tools) => `[${tools.map(jsonOf).join(',')}]`,
    quoted: (tools) => `"[${tools.map(escapedOf).join(',')}]"`,
  };
}
