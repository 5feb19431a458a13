/**
 * The files a workflow names (scenarios, thresholds, waivers) must be files of the checked-out
 * repository. A pull request can add `extra/evil.yaml -> /home/runner/.credentials`; reading it
 * would put the target's text into a parse error, and from there into the step summary and the PR
 * comment. So every named path, and every entry under a named folder, is checked with lstat and
 * realpath before anything is read: a link whose target leaves the workspace is refused by name.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { InputError } from './inputs.js'

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** Throws InputError for a named path outside the workspace or a symlink under it that leads out. */
export function confineToWorkspace(workspace: string, paths: readonly string[], input: string): void {
  const root = realpathSync(workspace)
  const seen = new Set<string>()
  const walk = (path: string): void => {
    const shown = relative(workspace, path) || '.'
    const stat = lstatSync(path, { throwIfNoEntry: false })
    if (!stat) return // a missing file is reported by the loader, at its path
    if (stat.isSymbolicLink()) {
      let target: string | undefined
      try {
        target = realpathSync(path)
      } catch {
        target = undefined
      }
      if (target === undefined || !inside(root, target)) throw new InputError(`input \`${input}\`: \`${shown}\` is a symbolic link that leads outside the workspace; it is refused and was not read`)
    }
    const real = realpathSync(path)
    // A folder reached through a link inside the workspace is walked too; each folder once (links may loop).
    if (statSync(real).isDirectory() && !seen.has(real)) {
      seen.add(real)
      for (const name of readdirSync(path)) walk(join(path, name))
    }
  }
  for (const p of paths) {
    const path = resolve(workspace, p)
    if (!inside(resolve(workspace), path)) throw new InputError(`input \`${input}\`: \`${p}\` is outside the workspace; name a file of the repository`)
    walk(path)
  }
}
