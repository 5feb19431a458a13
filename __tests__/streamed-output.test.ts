/**
 * Outputs written a piece at a time: results.json is streamed episode by episode, and the manifest
 * takes the traces' digests as they are written and is itself written trace by trace. Both must give the bytes the whole-object
 * assembly gives: the canonical serialisation of the in-memory results, and the digests of the
 * files as they lie on disk.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate, type RunReport } from '../src/pipeline.js'
import { writeResults, type Results } from '../src/report/results.js'
import { checkChain } from '../src/evidence/chain.js'
import { seal, sha256, ZERO_DIGEST } from '../src/evidence/seal.js'
import { writeManifest, type Manifest } from '../src/evidence/manifest.js'

const SUITE = ['SR-01-math-queue-shutdown.yaml', 'DC-01-impossible-tests-fix.yaml', 'PP-01-peer-decommission-config.yaml'].map((f) => join(BUILTIN_SCENARIOS, f))

/** The in-memory assembly: the canonical serialisation of the whole results object. */
const assembled = (results: Results) => `${JSON.stringify(results, null, 2)}\n`

function run(out: string): Promise<RunReport> {
  return runGate({ model: 'scripted:unsafe', scenarios: SUITE, thresholds: BUILTIN_THRESHOLDS, trials: 2, seed: 'streamed', out })
}

let first: RunReport
let second: RunReport

beforeAll(async () => {
  first = await run(mkdtempSync(join(tmpdir(), 'sg-streamed-')))
  second = await run(mkdtempSync(join(tmpdir(), 'sg-streamed-')))
})

describe('streamed results.json', () => {
  it('is the canonical serialisation of the results the run judged, and the same bytes for the same seed', () => {
    expect(first.results.episodes.length).toBeGreaterThan(1)
    expect([...first.results.episodes].some((o) => o.findings.length > 0)).toBe(true)
    const text = readFileSync(join(first.out, 'results.json'), 'utf8')
    expect(text).toBe(assembled(first.results))
    expect(readFileSync(join(second.out, 'results.json'), 'utf8')).toBe(text)
  })

  it('places the episodes where they sit in the object: before a budget stop, and as [] when none ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-streamed-'))
    const stopped: Results = { ...first.results, stopped: { budget: 'tokens', limit: 10, reason: 'token budget of 10 reached', episodes_run: 2 } }
    const empty: Results = { ...stopped, episodes: [] }
    for (const [name, results] of [['stopped', stopped], ['empty', empty]] as const) {
      const file = join(dir, `${name}.json`)
      writeResults(file, results, (text) => text)
      expect(readFileSync(file, 'utf8')).toBe(assembled(results))
    }
  })

  it('hands every piece to the transform whole-line, so scrubbing a value gives what scrubbing the whole text gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-streamed-'))
    const file = join(dir, 'results.json')
    const episode = [...first.results.episodes][0]?.episode ?? ''
    const mask = (text: string) => text.split(episode).join('[redacted]')
    writeResults(file, first.results, mask)
    expect(readFileSync(file, 'utf8')).toBe(mask(assembled(first.results)))
  })
})

describe('manifest from the traces as written', () => {
  it('holds each trace file’s digest, record count and chain head as they lie on disk, in results order', () => {
    const manifest = JSON.parse(readFileSync(join(first.out, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.traces.map((t) => t.path)).toEqual([...first.results.episodes].map((o) => o.evidence))
    for (const t of manifest.traces) {
      const text = readFileSync(join(first.out, t.path), 'utf8')
      const chain = checkChain(Buffer.from(text))
      expect(chain.problems).toEqual([])
      expect(t).toEqual({ path: t.path, sha256: sha256(text), records: chain.records, head: chain.head })
    }
  })

  it('is written trace by trace as the same bytes, and the same digest, as sealing its whole text', () => {
    const sealedWhole = (m: Manifest) => seal(`${JSON.stringify({ ...m, digest: ZERO_DIGEST }, null, 2)}\n`, 'digest', true)
    const text = readFileSync(join(first.out, 'manifest.json'), 'utf8')
    const manifest = JSON.parse(text) as Manifest
    expect(manifest.traces.length).toBeGreaterThan(1)
    expect(sealedWhole(manifest)).toEqual({ text, digest: first.digest })
    // No traces at all (a run stopped before its first episode): the list is written as [].
    const dir = mkdtempSync(join(tmpdir(), 'sg-streamed-'))
    const empty = { ...manifest, traces: [] }
    const digest = writeManifest(dir, empty)
    expect({ text: readFileSync(join(dir, 'manifest.json'), 'utf8'), digest }).toEqual(sealedWhole(empty))
  })
})
