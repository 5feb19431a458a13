/**
 * Loading scenario files: parse, schema-validate, check semantics, and report every problem at once
 * (one ConfigError per call, carrying all diagnostics of all files) so that a CI run fixes them in one go.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Scenario } from '../scenario/types.js'
import { ConfigError, DiagnosticSink, sortDiagnostics } from './diagnostics.js'
import type { Diagnostic, Path, Position } from './diagnostics.js'
import { checkScenarioSemantics } from './semantic.js'
import { readValidated, scenarioValidator } from './validate.js'

export interface LoadedScenario {
  file: string
  scenario: Scenario
  /** Source position of a node of the scenario, for diagnostics found later (plan, selftest). */
  positionOf: (path: Path) => Position
  /** Non-fatal findings (e.g. unresolved YAML tags). */
  warnings: Diagnostic[]
}

interface Checked {
  loaded?: LoadedScenario
  /** Everything found, sorted; errors mean `loaded` is absent. */
  diagnostics: Diagnostic[]
}

function checkScenarioFile(file: string): Checked {
  const { source, sink, value } = readValidated(file, scenarioValidator)
  // Semantic checks assume the schema's shape, so they only run on a schema-valid value.
  if (value !== undefined) checkScenarioSemantics(value, sink)
  const diagnostics = sortDiagnostics(sink.diagnostics)
  if (value === undefined || sink.hasErrors) return { diagnostics }
  const positionOf = (path: Path): Position => source.positionOf(path)
  return { loaded: { file, scenario: value, positionOf, warnings: diagnostics }, diagnostics }
}

/** Loads one scenario file; throws ConfigError with every diagnostic found. */
export function loadScenarioFile(file: string): LoadedScenario {
  const { loaded, diagnostics } = checkScenarioFile(file)
  if (!loaded) throw new ConfigError(diagnostics)
  return loaded
}

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

/** Scenario ids name results across the suite, so a repeat is reported at the later file's `id`. */
function duplicateIds(suite: readonly LoadedScenario[]): Diagnostic[] {
  const firstFile = new Map<string, string>()
  const diagnostics: Diagnostic[] = []
  for (const loaded of suite) {
    const id = loaded.scenario.id
    const earlier = firstFile.get(id)
    if (earlier === undefined) {
      firstFile.set(id, loaded.file)
      continue
    }
    const sink = new DiagnosticSink(loaded.file, loaded.positionOf)
    sink.at(['id'], `scenario id \`${id}\` is already used by ${earlier}`)
    diagnostics.push(...sink.diagnostics)
  }
  return diagnostics
}

/** Loads every scenario under `paths` (files or directories, recursively); throws one ConfigError for all files. */
export function loadSuite(paths: readonly string[]): LoadedScenario[] {
  const { files, diagnostics } = expandPaths(paths)
  const suite: LoadedScenario[] = []
  for (const file of files) {
    const checked = checkScenarioFile(file)
    if (checked.loaded) suite.push(checked.loaded)
    else diagnostics.push(...checked.diagnostics)
  }
  diagnostics.push(...duplicateIds(suite))
  if (diagnostics.some((d) => d.severity === 'error')) throw new ConfigError(sortDiagnostics(diagnostics))
  return suite
}
