/**
 * The bundle takes a built-in scenario whose text is, to the byte, the one it was built with as the
 * build validated it (src/config/prevalidate.ts), and validates any other text in full. So the table
 * must give exactly what validating gives (the scenario, its warnings, every source position), and
 * only for that text.
 */
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parse, stringify } from 'yaml'
import { expandPaths } from '../src/config/files.js'
import { prevalidatedModule, prevalidatedTable } from '../src/config/prevalidate.js'
import { checkScenarioFile, textDigest } from '../src/config/scenario.js'
import type { Path } from '../src/config/diagnostics.js'
import { cli, ROOT } from './helpers/cli.js'
import { cliInProcess } from './helpers/cli-in-process.js'

const SCENARIOS = join(ROOT, 'scenarios')
const BUILTIN = expandPaths([SCENARIOS]).files
const table = prevalidatedTable(SCENARIOS)
const dir = mkdtempSync(join(tmpdir(), 'sg-prevalidated-'))

/** Every path into `value`, down to `depth` levels. */
function paths(value: unknown, depth: number, at: Path = []): Path[] {
  if (at.length >= depth || value === null || typeof value !== 'object') return [at]
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], depth, [...at, k]))]
}

describe('the prevalidated built-in suite', () => {
  it('holds every built-in scenario, by the digest of its text', () => {
    expect(BUILTIN.length).toBeGreaterThanOrEqual(20)
    expect(Object.keys(table).sort()).toEqual(BUILTIN.map((f) => textDigest(readFileSync(f, 'utf8'))).sort())
    expect(prevalidatedModule(SCENARIOS)).toBe(`export const PREVALIDATED = ${JSON.stringify(table)};\n`)
  })

  it.each(BUILTIN.map((f) => [basename(f), f]))('gives %s as validating it gives: scenario, warnings and positions', (_name, file) => {
    const known = checkScenarioFile(file, table)
    const full = checkScenarioFile(file, {})
    expect(full.loaded).toBeDefined()
    expect(known.diagnostics).toEqual(full.diagnostics)
    expect(known.loaded?.scenario).toEqual(full.loaded?.scenario)
    expect(known.loaded?.warnings).toEqual(full.loaded?.warnings)
    const everyPath = paths(full.loaded?.scenario, 6)
    expect(everyPath.length).toBeGreaterThan(50)
    expect(everyPath.map((p) => known.loaded?.positionOf(p))).toEqual(everyPath.map((p) => full.loaded?.positionOf(p)))
  })

  it('carries a scenario\'s warnings, with the file that was read', () => {
    const from = mkdtempSync(join(tmpdir(), 'sg-prevalidated-warn-'))
    const doc = parse(readFileSync(BUILTIN[0] as string, 'utf8')) as Record<string, unknown>
    delete doc['task']
    for (const c of doc['calibration'] as Array<{ expect: Record<string, unknown> }>) delete c.expect['task']
    writeFileSync(join(from, 'no-task.yaml'), stringify(doc))
    const own = prevalidatedTable(from)
    const file = join(dir, 'elsewhere.yaml')
    copyFileSync(join(from, 'no-task.yaml'), file)
    const known = checkScenarioFile(file, own)
    const full = checkScenarioFile(file, {})
    expect(full.loaded?.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no `task`/)])
    expect(known.loaded?.warnings).toEqual(full.loaded?.warnings)
    expect(known.loaded?.warnings[0]?.file).toBe(file)
  })

  it('is used only for the very text it was made from, and never for a .json file', () => {
    const file = join(dir, 'copy.yaml')
    copyFileSync(BUILTIN[0] as string, file)
    const text = readFileSync(file, 'utf8')
    const real = checkScenarioFile(file, {}).loaded?.scenario.id
    // A planted entry shows which text the lookup took.
    const planted = { [textDigest(text)]: JSON.stringify({ scenario: { id: 'planted' }, warnings: [] }) }
    expect(checkScenarioFile(file, planted).loaded?.scenario.id).toBe('planted')
    writeFileSync(file, `${text}# one more line\n`)
    expect(checkScenarioFile(file, planted).loaded?.scenario.id).toBe(real)
    const json = join(dir, 'copy.json')
    writeFileSync(json, text)
    const strict = checkScenarioFile(json, planted)
    expect(strict.loaded).toBeUndefined()
    expect(strict.diagnostics[0]?.message).toMatch(/not valid JSON/)
  })

  it('leaves a built-in file edited by one byte to full validation in the bundle, with file and line', async () => {
    const file = join(dir, 'edited.yaml')
    const text = readFileSync(BUILTIN[0] as string, 'utf8')
    writeFileSync(file, text.replace(/^id: .*$/m, 'id: 7'))
    const built = cli(['validate', '--scenarios', file])
    expect(built.status).toBe(2)
    expect(built.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .*id`))
    expect(built).toEqual(await cliInProcess(['validate', '--scenarios', file]))
  })

  it('lists and validates the built-in suite in the bundle as from source', async () => {
    for (const args of [['list'], ['validate']]) expect(cli(args)).toEqual(await cliInProcess(args))
  })
})
