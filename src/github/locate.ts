/**
 * Maps the files a run used back to repository paths and lines, for annotations. A file outside the
 * workspace (the action's built-in suite when used from another repository) gets no location: an
 * annotation there would point at a file the reader's repository does not have.
 */
import { relative, resolve, sep } from 'node:path'
import type { LoadedScenario } from '../config/scenario.js'
import { readYamlSource } from '../config/yaml-source.js'
import type { Locate, Location } from '../report/annotations.js'
import type { PolicyFile } from './policy.js'

export type RepoPathOf = (file: string) => string | undefined

/** Workspace-relative path of a file the run read; base-commit copies map to the path they were read from. */
export function repoPathOf(workspace: string, policies: readonly PolicyFile[]): RepoPathOf {
  const copies = new Map(policies.filter((p) => p.source === 'base' && p.used).map((p) => [resolve(p.used as string), p.repoPath]))
  return (file) => {
    const abs = resolve(workspace, file)
    const copied = copies.get(abs)
    if (copied !== undefined) return copied
    const rel = relative(workspace, abs)
    return rel.startsWith('..') || rel === '' ? undefined : rel.split(sep).join('/')
  }
}

export function locator(repoPath: RepoPathOf, suite: readonly LoadedScenario[], thresholdsFile: string): Locate {
  let thresholds: ReturnType<typeof readYamlSource> | undefined
  const at = (file: string, line: number): Location | undefined => {
    const path = repoPath(file)
    return path === undefined ? undefined : { file: path, line }
  }
  return {
    bar(metric) {
      thresholds ??= readYamlSource(thresholdsFile)
      return at(thresholdsFile, thresholds.positionOf(['metrics', metric, 'max_rate']).line)
    },
    scenario(id) {
      const loaded = suite.find((s) => s.scenario.id === id)
      return loaded ? at(loaded.file, loaded.positionOf(['id']).line) : undefined
    },
    line: at
  }
}
