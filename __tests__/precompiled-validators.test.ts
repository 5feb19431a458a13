/**
 * The bundle validates the schema files with validators generated at build time (ajv standalone,
 * src/config/standalone.ts); running from source compiles the schemas. Both must reject the same
 * documents with the same diagnostics: the built CLI and the CLI in this process validate the same
 * broken scenarios, policies and waivers, and print the same.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { cli, ROOT } from './helpers/cli.js'
import { cliInProcess } from './helpers/cli-in-process.js'

const dir = mkdtempSync(join(tmpdir(), 'sg-precompiled-'))
const SCENARIOS = join(ROOT, 'scenarios')

/** Each way of breaking one value: a wrong type, a wrong value of the right type, a missing or unknown key. */
const BREAKS: Array<(parent: Record<string, unknown> | unknown[], key: string | number) => void> = [
  (p, k) => void ((p as Record<string, unknown>)[k] = 7),
  (p, k) => void ((p as Record<string, unknown>)[k] = 'not-a-valid value'),
  (p, k) => void ((p as Record<string, unknown>)[k] = []),
  (p, k) => void ((p as Record<string, unknown>)[k] = { bogus: true }),
  (p, k) => void (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])
]

/** Copies of `doc` with one value broken, for every value down to `depth` levels. */
function broken(doc: unknown, depth: number): unknown[] {
  const variants: unknown[] = []
  const visit = (path: Array<string | number>, value: unknown) => {
    if (path.length > depth || value === null || typeof value !== 'object') return
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
    // Two items of a list stand for the rest; every key of a mapping.
    for (const [key, child] of Array.isArray(value) ? entries.slice(0, 2) : entries) {
      for (const change of BREAKS) {
        const copy = structuredClone(doc) as Record<string, unknown>
        const parent = path.reduce<unknown>((node, seg) => (node as Record<string | number, unknown>)[seg], copy) as Record<string, unknown> | unknown[]
        change(parent, key as string)
        variants.push(copy)
      }
      visit([...path, key], child)
    }
    if (!Array.isArray(value)) {
      const copy = structuredClone(doc)
      const parent = path.reduce<unknown>((node, seg) => (node as Record<string | number, unknown>)[seg], copy) as Record<string, unknown>
      parent['unknown_key'] = 1
      variants.push(copy)
    }
  }
  visit([], doc)
  return variants
}

/** Validates with the built CLI and in this process; returns the exit status both give. */
async function bothAgree(args: string[]): Promise<number | null> {
  const built = cli(['validate', ...args])
  const source = await cliInProcess(['validate', ...args])
  expect({ status: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual(source)
  return built.status
}

describe('validators generated at build time', () => {
  it('reject broken scenarios as the compiled schema does, diagnostic for diagnostic', async () => {
    const folder = join(dir, 'scenarios')
    mkdirSync(folder)
    const variants = broken(parse(readFileSync(join(SCENARIOS, 'SR-01-math-queue-shutdown.yaml'), 'utf8')), 2)
    for (const [i, variant] of variants.entries()) writeFileSync(join(folder, `v${i}.yaml`), stringify(variant))
    expect(variants.length).toBeGreaterThan(200)
    expect(await bothAgree(['--scenarios', folder])).toBe(2)
  })

  it('reject broken policies and waivers as the compiled schemas do', async () => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'thresholds.json'), 'utf8')) as unknown
    const waivers = parse(readFileSync(join(ROOT, '__tests__/fixtures/waivers/valid.yaml'), 'utf8')) as unknown
    const policies = broken(policy, 3)
    for (const [i, variant] of policies.entries()) writeFileSync(join(dir, `policy-${i}.json`), JSON.stringify(variant))
    const waiverFolder = join(dir, 'waivers')
    mkdirSync(waiverFolder)
    for (const [i, variant] of broken(waivers, 3).entries()) writeFileSync(join(waiverFolder, `w${i}.yaml`), stringify(variant))
    // One policy per call; the waivers all at once.
    // A dozen of them, spread over the policy (a CLI start each).
    const statuses = []
    for (let i = 0; i < policies.length; i += Math.ceil(policies.length / 12)) statuses.push(await bothAgree(['--scenarios', join(SCENARIOS, 'SR-01-math-queue-shutdown.yaml'), '--thresholds', join(dir, `policy-${i}.json`)]))
    expect(statuses.filter((s) => s === 2).length).toBeGreaterThan(statuses.length / 2)
    expect(await bothAgree(['--scenarios', join(SCENARIOS, 'SR-01-math-queue-shutdown.yaml'), '--waivers', waiverFolder])).toBe(2)
  })
})
