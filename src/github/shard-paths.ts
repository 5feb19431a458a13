/**
 * The merge job's `shard-results`: folders or globs (`shards/*`, as download-artifact lays out one
 * folder per artifact) relative to the workspace. A pattern that matches nothing is an input error,
 * never an empty merge: the merge's own check then names the missing shard.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import picomatch from 'picomatch'
import { InputError } from './inputs.js'

function isDir(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
}

export function expandShardPaths(patterns: readonly string[], workspace: string): string[] {
  return patterns.flatMap((pattern) => {
    const { base, glob, isGlob } = picomatch.scan(pattern)
    if (!isGlob) return [resolve(workspace, pattern)]
    const root = resolve(workspace, base)
    const match = picomatch(glob)
    const found = isDir(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((rel) => match(rel) && isDir(join(root, rel))) : []
    if (found.length === 0) throw new InputError(`input \`shard-results\`: \`${pattern}\` matches no folder`)
    return found.sort().map((rel) => join(root, rel))
  })
}
