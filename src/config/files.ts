/**
 * Which files a list of paths names: files as they are, directories by their *.yaml / *.yml files.
 * Scenario suites and waiver files are both given this way.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Diagnostic } from './diagnostics.js'

const SCENARIO_FILE = /\.ya?ml$/i

function scenarioFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => SCENARIO_FILE.test(name))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
}

function pathError(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, message, severity: 'error' }
}

/** Files named directly are taken as they are; directories contribute their *.yaml / *.yml files. */
export function expandPaths(paths: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false })
    if (!stat) {
      diagnostics.push(pathError(path, 'no such file or directory'))
    } else if (stat.isDirectory()) {
      const found = scenarioFilesIn(path)
      if (found.length === 0) diagnostics.push(pathError(path, 'the directory holds no *.yaml or *.yml files'))
      files.push(...found)
    } else {
      files.push(path)
    }
  }
  // A file reached twice (named and inside a named directory) is one scenario, not a duplicate id.
  const unique = new Map(files.map((file) => [resolve(file), file]))
  return { files: [...unique.values()], diagnostics }
}
