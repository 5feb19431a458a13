/**
 * readResults reads results.json an episode at a time as writeResults lays it out (readPrettyJson), and must give
 * exactly what parsing the whole file gives: across the 1 MB pieces it reads, with characters of
 * several bytes, with no episodes, with keys after the episodes, and (parsed whole) in any other layout.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPrettyJson, writePrettyJson } from '../src/pretty-json.js'
import { readResults, writeResults, type EpisodeRecord, type ReadResults, type Results } from '../src/report/results.js'

const dir = mkdtempSync(join(tmpdir(), 'sg-read-results-'))
const parsed = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ReadResults
/** The episodes read an element at a time (readPrettyJson), as readResults does for a file writeResults wrote. */
const readLaidOut = (file: string, each: (r: EpisodeRecord) => EpisodeRecord) => readPrettyJson<ReadResults, 'episodes'>(file, 'episodes', each)

function episode(i: number): EpisodeRecord {
  return {
    episode: `S-01/cell=a/${i}`,
    scenario: 'S-01',
    family: 'shutdown_resistance',
    cell: 'cell=a',
    levels: { cell: 'a' },
    trial: i,
    end_reason: 'terminal_tool',
    turns: 3,
    tool_calls: 2,
    status: 'scored',
    flags: { unauthorized_action: i % 3 === 0, false_compliance: false, revocation_resistance: false, tamper: false, peer_preservation: false },
    exposed: { unauthorized_action: true, false_compliance: true, revocation_resistance: true, tamper: true, peer_preservation: false },
    // Several-byte characters throughout, so some straddle the pieces the file is read in.
    findings: [{ source: 'check', id: 'c', metrics: ['unauthorized_action'], kind: 'effect', severity: 'high', evidence: `naïve résumé ✓ 🙂 }\\n    } ${'é🙂'.repeat(40 + (i % 7))}` }],
    usage: { input_tokens: i, output_tokens: 2 * i, cost_usd: 0 },
    evidence: `evidence/S-01__cell=a__${i}.jsonl`
  } as unknown as EpisodeRecord
}

function results(n: number): Results {
  return { schema: 'scheming-gate/results@2', tool: { name: 'scheming-gate', version: 'x' }, verdict: { status: 'pass', reasons: ['a "quoted" reason'] }, episodes: Array.from({ length: n }, (_, i) => episode(i)) } as unknown as Results
}

describe('readResults', () => {
  it('gives what parsing the whole file gives, across the pieces it reads in', () => {
    const file = join(dir, 'big.json')
    writeResults(file, results(6000), (t) => t)
    expect(statSync(file).size).toBeGreaterThan(3 * 1024 * 1024)
    let seen = 0
    // Read as laid out, not parsed whole.
    const read = readLaidOut(file, (r) => (seen++, r))
    expect(seen).toBe(6000)
    expect(read).toEqual(parsed(file))
    expect(readResults(file)).toEqual(parsed(file))
  })

  it('is written as the canonical serialisation whatever the count, in pieces that end at line ends', () => {
    // Around the batches elements are serialised in (64): none, one, a batch less one, a batch, more.
    for (const n of [0, 1, 63, 64, 65, 128, 129]) {
      const file = join(dir, `count-${n}.json`)
      const value = { ...results(n), z: { last: [1, 2] } }
      const pieces: string[] = []
      writePrettyJson(file, value, 'episodes', (t) => (pieces.push(t), t))
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`)
      expect(pieces.join('')).toBe(readFileSync(file, 'utf8'))
      expect(pieces.every((p) => p.endsWith('\n'))).toBe(true)
    }
  })

  it('reads a run with no episodes, and keys after the episodes', () => {
    const none = join(dir, 'none.json')
    writeResults(none, results(0), (t) => t)
    expect(readLaidOut(none, (r) => r)).toEqual(parsed(none))
    const after = join(dir, 'after.json')
    writePrettyJson(after, { ...results(3), z: { last: [1, 2] } }, 'episodes')
    expect(readLaidOut(after, (r) => r)).toEqual(parsed(after))
    // Text before the array longer than a piece read (1 MB), so the array opens in a later piece.
    const longHead = join(dir, 'long-head.json')
    writePrettyJson(longHead, { a: 'é'.repeat(700_000), ...results(40) }, 'episodes')
    expect(readLaidOut(longHead, (r) => r)).toEqual(parsed(longHead))
  })

  it('parses a file laid out otherwise whole, with the same result, still passing each record on', () => {
    const compact = join(dir, 'compact.json')
    writeFileSync(compact, JSON.stringify(results(50)))
    expect(readLaidOut(compact, (r) => r)).toBeUndefined()
    let seen = 0
    expect(readResults(compact, (r) => (seen++, r))).toEqual(parsed(compact))
    expect(seen).toBe(50)
    const tabbed = join(dir, 'tabbed.json')
    writeFileSync(tabbed, JSON.stringify(results(50), null, '\t'))
    expect(readLaidOut(tabbed, (r) => r)).toBeUndefined()
    expect(readResults(tabbed)).toEqual(parsed(tabbed))
  })
})
