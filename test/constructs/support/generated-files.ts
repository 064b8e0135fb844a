// Reading a generated tree for comparison with a fresh `npm run generate`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under dir, by path relative to dir. */
export function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Files that differ between the two trees, each with why. */
export function staleFiles(expected: Map<string, string>, committed: Map<string, string>): string[] {
  return [...new Set([...expected.keys(), ...committed.keys()])]
    .sort()
    .filter((file) => expected.get(file) !== committed.get(file))
    .map((file) => `${file} (${!committed.has(file) ? 'missing' : !expected.has(file) ? 'no longer generated' : 'differs'})`);
}
