/**
 * The source of the built-in scenarios' prevalidated.ts, which scripts/build.mjs puts in the bundle:
 * parsing and checking the suite's half a megabyte of YAML is most of what a command spends before
 * its first episode. Validation is a function of a file's text alone, so the bundle takes a file
 * whose text is a built-in one to the byte as this build found it, and validates any other in full.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { formatDiagnostics } from './diagnostics.js'
import { expandPaths } from './files.js'
import { checkScenarioFile, textDigest, type PrevalidatedScenario } from './scenario.js'

/** The PREVALIDATED table for the scenario files under `dir`; throws when one does not validate. */
export function prevalidatedTable(dir: string): Record<string, string> {
  const table: Record<string, string> = {}
  for (const file of expandPaths([dir]).files) {
    const { loaded, diagnostics } = checkScenarioFile(file)
    if (!loaded) throw new Error(`a built-in scenario does not validate:\n${formatDiagnostics(diagnostics)}`)
    const entry: PrevalidatedScenario = { scenario: loaded.scenario, warnings: loaded.warnings.map(({ file: _file, ...rest }) => rest) }
    const json = JSON.stringify(entry)
    // Taken back from JSON, the scenario must be the one validated (no Infinity, undefined or dates).
    if (!isDeepStrictEqual(JSON.parse(json), entry)) throw new Error(`${file}: the validated scenario does not survive JSON`)
    table[textDigest(readFileSync(file, 'utf8'))] = json
  }
  return table
}

/** An ES module exporting PREVALIDATED, as prevalidated.ts declares it. */
export function prevalidatedModule(dir: string): string {
  return `export const PREVALIDATED = ${JSON.stringify(prevalidatedTable(dir))};\n`
}
