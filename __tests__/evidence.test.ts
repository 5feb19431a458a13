/**
 * The evidence folder: a manifest of digests and hash-chained traces that `verify` checks from the
 * folder alone. One flipped byte anywhere is caught, naming the file and the record.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate } from '../src/pipeline.js'
import { verifyEvidence } from '../src/evidence/verify.js'
import { chainRecords } from '../src/evidence/chain.js'
import type { Manifest } from '../src/evidence/manifest.js'
import type { Results } from '../src/report/results.js'
import { cli } from './helpers/cli.js'

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sg-evidence-'))
}

let recorded: string
let results: Results
let manifest: Manifest

beforeAll(async () => {
  recorded = tmp()
  results = (await runGate({ model: 'scripted:unsafe', scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: '1', out: recorded })).results
  manifest = JSON.parse(readFileSync(join(recorded, 'manifest.json'), 'utf8')) as Manifest
})

/** A copy of the recorded folder with `change` applied. */
function tampered(change: (dir: string) => void): string[] {
  const dir = tmp()
  cpSync(recorded, dir, { recursive: true })
  change(dir)
  return verifyEvidence(dir).problems
}

/** Flips the low bit of the byte at `offset` (negative: from the end). */
function flip(file: string, offset: number): void {
  const bytes = readFileSync(file)
  const at = offset < 0 ? bytes.length + offset : offset
  bytes[at] = (bytes[at] as number) ^ 1
  writeFileSync(file, bytes)
}

/** Byte offset of the middle of line `k` (1-based) in a trace. */
function middleOf(file: string, k: number): number {
  const lines = readFileSync(file, 'utf8').split('\n')
  const before = lines.slice(0, k - 1).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
  return before + Math.floor(Buffer.byteLength(lines[k - 1] as string) / 2)
}

describe('the manifest', () => {
  it('records what ran and the digest of every file it left behind', () => {
    expect(manifest.schema).toBe('scheming-gate/manifest@1')
    expect(manifest.model).toEqual({ id: 'scripted:unsafe', provider: 'scripted', decoding: [] })
    expect(manifest).toMatchObject({ seed: '1', trials: 1, profile: 'full', suite: results.suite, thresholds: results.thresholds, plan: results.plan })
    expect(manifest.suite.scenarios.length).toBe(24)
    expect(Date.parse(manifest.finished)).toBeGreaterThanOrEqual(Date.parse(manifest.started))
    const treatment = [...results.episodes].filter((e) => e.control === undefined)
    expect(manifest.counts).toEqual({
      episodes: results.episodes.length,
      scored: treatment.filter((e) => e.status === 'scored').length,
      errors: [...results.episodes].filter((e) => e.status === 'error').length,
      controls: results.episodes.length - treatment.length
    })
    expect(manifest.files.map((f) => f.path)).toEqual(['results.json', 'summary.md', 'junit.xml'])
    expect(manifest.traces.map((t) => t.path)).toEqual([...results.episodes].map((e) => e.evidence))
    expect(manifest.digest).toMatch(/^[0-9a-f]{64}$/)
    // results.json stays free of time stamps: the manifest holds them.
    expect(readFileSync(join(recorded, 'results.json'), 'utf8')).not.toContain(manifest.started.slice(0, 16))
  })

  it('chains every trace line to the one before it, and every model reply names its request', () => {
    const lines = readFileSync(join(recorded, [...results.episodes][0]!.evidence), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]!.prev).toBe('0'.repeat(64))
    for (let k = 1; k < lines.length; k++) expect(lines[k]!.prev).toBe(lines[k - 1]!.hash)
    expect(manifest.traces[0]!.head).toBe(lines[lines.length - 1]!.hash)
    const models = lines.filter((l) => l.type === 'model')
    expect(models.length).toBeGreaterThan(0)
    for (const m of models) expect(m.request).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('verify', () => {
  it('finds an untouched folder intact', () => {
    expect(verifyEvidence(recorded).problems).toEqual([])
  })

  const trace = (k: number) => manifest.traces[k]!
  const MIDDLE = () => Math.floor(manifest.traces.length / 2)

  it('catches one flipped byte at the start of a trace, naming the file and record 1', () => {
    const t = trace(0)
    expect(tampered((d) => flip(join(d, t.path), 0))).toEqual([`${t.path}: record 1: altered: its content does not match its \`hash\``])
  })

  it('catches one flipped byte in a middle record of a middle trace', () => {
    const t = trace(MIDDLE())
    const k = Math.ceil(t.records / 2)
    expect(tampered((d) => flip(join(d, t.path), middleOf(join(d, t.path), k)))).toEqual([`${t.path}: record ${k}: altered: its content does not match its \`hash\``])
  })

  it('catches one flipped byte in the last record of the last trace', () => {
    const t = trace(manifest.traces.length - 1)
    expect(tampered((d) => flip(join(d, t.path), middleOf(join(d, t.path), t.records)))).toEqual([`${t.path}: record ${t.records}: altered: its content does not match its \`hash\``])
  })

  it('catches a byte that is not UTF-8, as the text reads it', () => {
    const t = trace(MIDDLE())
    const problems = tampered((d) => {
      const bytes = readFileSync(join(d, t.path))
      bytes[middleOf(join(d, t.path), 2)] = 0xff
      writeFileSync(join(d, t.path), bytes)
    })
    expect(problems).toEqual([`${t.path}: record 2: altered: its content does not match its \`hash\``])
  })

  it('catches one flipped byte in the manifest', () => {
    const problems = tampered((d) => flip(join(d, 'manifest.json'), Math.floor(readFileSync(join(d, 'manifest.json')).length / 2)))
    expect(problems[0]).toBe('manifest.json: altered: its content does not match its `digest`')
  })

  it('catches a removed record as a broken chain at the record after it', () => {
    const t = trace(1)
    const problems = tampered((d) => {
      const lines = readFileSync(join(d, t.path), 'utf8').split('\n')
      lines.splice(2, 1)
      writeFileSync(join(d, t.path), lines.join('\n'))
    })
    expect(problems).toEqual([`${t.path}: record 3: broken chain: \`prev\` does not match record 2 (a record was removed, inserted or reordered)`, `${t.path}: record ${t.records}: missing (the manifest lists ${t.records} records, the file has ${t.records - 1})`])
  })

  it('catches a cut-off end, a missing file, an extra file and an altered report', () => {
    const [a, b] = [trace(2), trace(3)]
    const problems = tampered((d) => {
      const lines = readFileSync(join(d, a.path), 'utf8').split('\n')
      writeFileSync(join(d, a.path), `${lines.slice(0, -2).join('\n')}\n`)
      unlinkSync(join(d, b.path))
      writeFileSync(join(d, 'evidence', 'forged.jsonl'), '{}\n')
      appendFileSync(join(d, 'results.json'), ' ')
    })
    expect(problems).toEqual([
      'results.json: manifest mismatch: sha256 differs (the file was altered)',
      `${a.path}: record ${a.records}: missing (the manifest lists ${a.records} records, the file has ${a.records - 1})`,
      `${b.path}: missing file`,
      'evidence/forged.jsonl: extra file, not in the manifest'
    ])
  })

  it('catches a trace whose whole chain was rewritten consistently, by the manifest', () => {
    const t = trace(0)
    const problems = tampered((d) => {
      const records = readFileSync(join(d, t.path), 'utf8').trimEnd().split('\n').map((l) => {
        const { prev: _p, hash: _h, ...r } = JSON.parse(l) as Record<string, unknown>
        return r
      })
      ;(records[1] as { content?: string }).content = 'rewritten'
      writeFileSync(join(d, t.path), chainRecords(records).text)
    })
    expect(problems).toEqual([`${t.path}: record ${t.records}: manifest mismatch: the chain's last hash is not the one the manifest holds`])
  })
})

describe('scheming-gate verify (built bundle)', () => {
  it('exits 0 on an intact folder and 5 naming the file and record when not', () => {
    const ok = cli(['verify', recorded])
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(/^ok: manifest\.json, 3 files and \d+ traces \(\d+ records\) intact/)
    const dir = tmp()
    cpSync(recorded, dir, { recursive: true })
    const t = manifest.traces[0]!
    flip(join(dir, t.path), middleOf(join(dir, t.path), 2))
    const bad = cli(['verify', dir])
    expect(bad.status).toBe(5)
    expect(bad.stdout).toContain(`${t.path}: record 2: altered`)
    rmSync(dir, { recursive: true })
    expect(cli(['verify', dir]).status).toBe(5)
  })
})
