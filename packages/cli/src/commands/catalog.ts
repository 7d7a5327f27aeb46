import { parseArgs } from 'node:util';
import {
  type Catalog,
  defaultCatalog,
  defaultToolPlatforms,
  loadCatalogFile,
  type Platform,
  platforms,
} from '@forge/spec';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';

export const catalogHelp = `forge catalog [FILE] [--json]

Loads a tool catalog (the built-in device toolkit when FILE is omitted),
checks every schema with ajv in strict mode, and prints a summary.

  --json   print the summary as JSON
`;

/** A catalog's summary: tools, their required parameters, and platforms. */
export interface CatalogSummary {
  readonly source: string;
  readonly tools: number;
  readonly parameters: number;
  readonly requiredParameters: number;
  readonly platforms: Readonly<Record<Platform | 'unknown', number>>;
  readonly byTool: readonly {
    name: string;
    required: readonly string[];
    optional: readonly string[];
    platforms: readonly string[];
  }[];
}

export function summarizeCatalog(catalog: Catalog, source: string): CatalogSummary {
  const counts: Record<Platform | 'unknown', number> = {
    ios: 0,
    android: 0,
    chromium: 0,
    unknown: 0,
  };
  let parameters = 0;
  let requiredParameters = 0;
  const byTool = catalog.tools.map((tool) => {
    const schema = tool.inputSchema as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    const names = Object.keys(schema.properties ?? {});
    const required = schema.required ?? [];
    parameters += names.length;
    requiredParameters += required.length;
    const where = defaultToolPlatforms[tool.name];
    if (where) for (const p of where) counts[p] += 1;
    else counts.unknown += 1;
    return {
      name: tool.name,
      required,
      optional: names.filter((n) => !required.includes(n)),
      platforms: where ?? ['unknown'],
    };
  });
  return {
    source,
    tools: catalog.tools.length,
    parameters,
    requiredParameters,
    platforms: counts,
    byTool,
  };
}

function render(summary: CatalogSummary): string {
  const lines = [
    `catalog: ${summary.source}`,
    `tools: ${summary.tools}   parameters: ${summary.parameters} (${summary.requiredParameters} required)`,
    `platforms: ${[...platforms, 'unknown' as const].map((p) => `${p} ${summary.platforms[p]}`).join(', ')}`,
    '',
  ];
  const width = Math.max(...summary.byTool.map((t) => t.name.length));
  for (const tool of summary.byTool) {
    const required = tool.required.length > 0 ? tool.required.join(', ') : '-';
    lines.push(
      `  ${tool.name.padEnd(width)}  [${tool.platforms.join(',')}]  required: ${required}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function catalogCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseUsage(parse, args);
  if (parsed.values.help) {
    io.stdout(catalogHelp);
    return exitCodes.ok;
  }
  if (parsed.positionals.length > 1) throw usageError('forge catalog takes at most one FILE');
  const file = parsed.positionals[0];
  let catalog: Catalog;
  if (file === undefined) {
    catalog = defaultCatalog();
  } else {
    const loaded = await loadCatalogFile(file);
    if (!loaded.success) throw loaded.error;
    catalog = loaded.value;
  }
  const summary = summarizeCatalog(catalog, file ?? 'built-in device toolkit');
  io.stdout(parsed.values.json ? `${JSON.stringify(summary, null, 2)}\n` : render(summary));
  return exitCodes.ok;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
