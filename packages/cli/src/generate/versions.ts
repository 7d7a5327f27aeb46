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

/** The versions of the Forge packages that made a dataset, for the manifest. */
export function forgeVersions(): Record<string, string> {
  const out: Record<string, string> = {};
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
