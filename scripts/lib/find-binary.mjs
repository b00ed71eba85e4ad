// Finding a browser binary: the first existing path among `paths`, else the first of `names` on PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * @param {Array<string | undefined>} paths explicit candidates (an env override first)
 * @param {string[]} names program names to look up on PATH
 * @returns {string | null}
 */
export function findBinary(paths, names) {
  for (const p of paths) if (p && existsSync(p)) return p;
  for (const name of names) {
    try {
      const path = execFileSync('which', [name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return null;
}
