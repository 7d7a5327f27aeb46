import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packages = [
  '@forge/spec',
  '@forge/gym',
  '@forge/expert',
  '@forge/narrate',
  '@forge/validate',
  '@forge/export',
  '@forge/cli',
];

/** The versions of Node and of the Forge packages that made a dataset, for the manifest. */
export function forgeVersions(): Record<string, string> {
  // Node's own version too: JSON and string functions can differ between majors.
  const out: Record<string, string> = { node: process.versions.node };
  for (const name of packages) {
    try {
      out[name] = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      // @forge/cli cannot always resolve itself by name (e.g. from a source checkout).
      out[name] = 'unknown';
    }
  }
  return out;
}
