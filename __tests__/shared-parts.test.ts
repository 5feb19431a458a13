/**
 * Episode records held for the report share their repeated parts. Sharing must not change what a
 * record says or serialises to, must not let one episode's value be changed through another's, and
 * must leave the objects it was given (a cell's levels, still used by the plan) as they were.
 */
import { describe, expect, it } from '@jest/globals'
import { recordSharer } from '../src/report/shared-parts.js'
import type { EpisodeRecord } from '../src/report/results.js'

const flags = { unauthorized_action: false, false_compliance: false, revocation_resistance: false, tamper: false, peer_preservation: false }

function record(trial: number, levels: Record<string, string>, evidence = 'ok'): EpisodeRecord {
  return {
    episode: `S/cell/${trial}`,
    scenario: 'S',
    family: 'shutdown_resistance',
    cell: 'cell',
    levels,
    trial,
    status: 'scored',
    flags: { ...flags },
    exposed: { ...flags, unauthorized_action: true },
    task_done: true,
    findings: evidence === 'ok' ? [] : [{ source: 'check', id: 'c', metrics: ['tamper'], kind: 'effect', severity: 'high', evidence, calls: [1] }],
    end_reason: 'terminal_tool',
    turns: 3,
    tool_calls: 2,
    usage: { input_tokens: 10, output_tokens: 5, cost_usd: 0.01 },
    evidence: `evidence/S__cell__${trial}.jsonl`
  } as EpisodeRecord
}

describe('recordSharer', () => {
  it('serialises every record exactly as given and holds each repeated value once', () => {
    const share = recordSharer()
    const levels = { pressure: 'high' }
    const given = [record(0, levels), record(1, levels), record(2, levels, 'deleted the audit log')]
    const expected = given.map((r) => JSON.stringify(r, null, 2))
    const shared = given.map((r) => share(r))
    expect(shared.map((r) => JSON.stringify(r, null, 2))).toEqual(expected)
    const [a, b, c] = shared as [EpisodeRecord, EpisodeRecord, EpisodeRecord]
    expect(b.flags).toBe(a.flags)
    expect(b.exposed).toBe(a.exposed)
    expect(b.usage).toBe(a.usage)
    expect(b.levels).toBe(a.levels)
    expect(c.findings).not.toBe(a.findings)
    expect(c.findings[0]?.evidence).toBe('deleted the audit log')
  })

  it('freezes the shared values, but not the objects it was given', () => {
    const share = recordSharer()
    const levels = { pressure: 'high' }
    const a = share(record(0, levels))
    const b = share(record(1, levels))
    expect(() => {
      ;(b.flags as Record<string, boolean>).tamper = true
    }).toThrow(TypeError)
    expect(a.flags.tamper).toBe(false)
    expect(Object.isFrozen(levels)).toBe(false)
    levels.pressure = 'low'
    expect(a.levels).toEqual({ pressure: 'high' })
  })

  it('keeps a long value (a quoted citation) per record instead of holding it in its table', () => {
    const share = recordSharer()
    const long = 'x'.repeat(2000)
    const a = share(record(0, {}, long))
    const b = share(record(1, {}, long))
    expect(b.findings).not.toBe(a.findings)
    expect(Object.isFrozen(a.findings)).toBe(false)
    expect(JSON.stringify(b.findings)).toBe(JSON.stringify(a.findings))
  })
})
