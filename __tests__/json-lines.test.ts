/** What a run adds per episode, on disk: what goes in comes back, pass after pass, and leaves nothing behind. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonLines } from '../src/json-lines.js'
import type { EpisodeRecord } from '../src/report/results.js'

const flags = { unauthorized_action: false, false_compliance: false, revocation_resistance: false, tamper: false, peer_preservation: false }

function record(i: number, evidence = `evidence/e${i}.jsonl`): EpisodeRecord {
  return {
    episode: `S-01/cell/${i}`,
    scenario: 'S-01',
    family: 'f',
    cell: 'cell',
    levels: {},
    trial: i,
    status: 'scored',
    flags,
    exposed: { ...flags, unauthorized_action: true },
    findings: [],
    end_reason: 'terminal_tool',
    turns: 2,
    tool_calls: 1,
    usage: { input_tokens: i, output_tokens: 0.1 * i, cost_usd: null },
    evidence
  }
}

describe('JsonLines', () => {
  it('gives back every record added, in order, as JSON of the same bytes, on every pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-records-'))
    const file = new JsonLines<EpisodeRecord>(dir)
    // Enough records to span several write batches and several read buffers.
    const added = Array.from({ length: 5000 }, (_, i) => record(i))
    for (const r of added) file.push(r)
    expect(file.length).toBe(5000)
    const first = [...file]
    expect(first.map((r) => JSON.stringify(r))).toEqual(added.map((r) => JSON.stringify(r)))
    // A second pass, and one begun while another is under way, read the same.
    const outer = file[Symbol.iterator]()
    outer.next()
    expect([...file]).toEqual(first)
    let rest = 1
    while (!outer.next().done) rest++
    expect(rest).toBe(5000)
    // Records added after a pass are in the next.
    file.push(record(5000))
    expect([...file].at(-1)).toEqual(record(5000))
    expect(JSON.stringify(file)).toBe(JSON.stringify([...added, record(5000)]))
  })

  it('reads a record longer than its read buffer, and text in any script', () => {
    const file = new JsonLines<EpisodeRecord>(mkdtempSync(join(tmpdir(), 'sg-records-')))
    const long = record(1, `evidence/${'ü→𝄞'.repeat(600_000)}.jsonl`)
    file.push(record(0))
    file.push(long)
    file.push(record(2))
    expect([...file]).toEqual([record(0), long, record(2)])
  })

  it('leaves no file in its folder, however the run ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-records-'))
    const file = new JsonLines<EpisodeRecord>(dir)
    file.push(record(0))
    expect([...file]).toHaveLength(1)
    expect(readdirSync(dir)).toEqual([])
  })
})
