/**
 * Loading scenario files: parse, schema-validate, check semantics, and report every problem at once
 * (one ConfigError per call, carrying all diagnostics of all files) so that a CI run fixes them in one go.
 */
import { createHash } from 'node:crypto'
import type { Scenario } from '../scenario/types.js'
import { ConfigError, DiagnosticSink, sortDiagnostics } from './diagnostics.js'
import type { Diagnostic, Path, Position } from './diagnostics.js'
import { expandPaths } from './files.js'
import { PREVALIDATED } from './prevalidated.js'
import { checkScenarioSemantics } from './semantic.js'
import { lazyValidator, validated } from './validate.js'
import { parseYamlSource, readConfigText, sourceOf, type YamlSource } from './yaml-source.js'
// Static JSON import: esbuild inlines it, so the bundled CLI needs no schema files at run time.
import scenarioSchema from '../../schemas/scenario.schema.json' with { type: 'json' }

export const scenarioValidator = lazyValidator<Scenario>(scenarioSchema)

export interface LoadedScenario {
  file: string
  scenario: Scenario
  /** Source position of a node of the scenario, for diagnostics found later (plan, selftest). */
  positionOf: (path: Path) => Position
  /** Non-fatal findings (e.g. unresolved YAML tags). */
  warnings: Diagnostic[]
}

export interface Checked {
  loaded?: LoadedScenario
  /** Everything found, sorted; errors mean `loaded` is absent. */
  diagnostics: Diagnostic[]
}

/** A built-in scenario as the build validated it (prevalidated.ts): its warnings without the file, which is the reader's. */
export interface PrevalidatedScenario {
  scenario: Scenario
  warnings: Array<Omit<Diagnostic, 'file'>>
}

/** The key of a file's text in a table of prevalidated scenarios. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The scenario a table of prevalidated ones holds for exactly this text, if any. Its positions,
 * wanted only for a diagnostic found later, come from parsing the text when first asked for.
 */
function prevalidated(file: string, text: string, table: Readonly<Record<string, string>>): LoadedScenario | undefined {
  // A `.json` file is read as strict JSON, which the built-in YAML text is not.
  if (/\.json$/i.test(file)) return undefined
  const digest = textDigest(text)
  if (!Object.hasOwn(table, digest)) return undefined
  const { scenario, warnings } = JSON.parse(table[digest] as string) as PrevalidatedScenario
  let source: YamlSource | undefined
  const positionOf = (path: Path): Position => (source ??= parseYamlSource(file, text)).positionOf(path)
  return { file, scenario, positionOf, warnings: warnings.map((w) => ({ file, ...w })) }
}

/** Everything about one scenario file; `table` holds the built-in scenarios the bundle's build validated. */
export function checkScenarioFile(file: string, table = PREVALIDATED): Checked {
  const read = readConfigText(file)
  const known = 'text' in read ? prevalidated(file, read.text, table) : undefined
  if (known) return { loaded: known, diagnostics: known.warnings }
  const { source, sink, value } = validated(sourceOf(read), scenarioValidator)
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
