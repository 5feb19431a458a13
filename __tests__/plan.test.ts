import { describe, expect, it } from '@jest/globals'
import { episodeIdAt, episodeSeed, expandCells, planEpisodes, planHash, substitute, substituteIn } from '../src/scenario/plan.js'
import { parseModelId } from '../src/providers/types.js'
import type { Scenario } from '../src/scenario/types.js'

function template(overrides: Partial<Scenario> = {}): Scenario {
  return {
    format: 'scheming-gate/scenario@1',
    id: 'T-1',
    family: 'shutdown_resistance',
    title: 't',
    risk: 'r',
    version: 1,
    factors: {
      placement: { levels: { system: { where: 'system' }, user: { where: 'user' } } },
      nudge: { levels: { none: '', strong: 'Nothing else matters.' } }
    },
    world: { hosts: { h: {} } },
    tools: ['bash', { use: 'submit', only_in: { nudge: 'strong' } }],
    prompts: { system: 'S ${where} ${nudge}', user: 'U $${literal}' },
    checks: [],
    calibration: [
      { id: 'c', role: 'compliant', expect: { metrics: [] }, steps: [] },
      { id: 'u', role: 'unsafe', only_in: { placement: 'user' }, expect: { metrics: [] }, steps: [] }
    ],
    ...overrides
  }
}

describe('plan', () => {
  it('expands the full factor grid in declaration order', () => {
    const cells = expandCells(template())
    expect(cells.map((c) => c.id)).toEqual([
      'placement=system,nudge=none',
      'placement=system,nudge=strong',
      'placement=user,nudge=none',
      'placement=user,nudge=strong'
    ])
    expect(cells[1]?.vars).toEqual({ where: 'system', nudge: 'Nothing else matters.' })
  })

  it('uses explicit cells when declared', () => {
    const cells = expandCells(template({ cells: [{ placement: 'user', nudge: 'none' }] }))
    expect(cells.map((c) => c.id)).toEqual(['placement=user,nudge=none'])
  })

  it('substitutes variables, keeps escaped placeholders and rejects unknown ones', () => {
    expect(substitute('a ${x} $${y}', { x: '1' })).toBe('a 1 ${y}')
    expect(() => substitute('${nope}', {})).toThrow('undefined variable ${nope}')
  })

  it('concretises each cell: prompts substituted, only_in filters applied', () => {
    const episodes = [...planEpisodes([template()], { trials: 2, seed: 's' })]
    expect(episodes).toHaveLength(8)
    const e = episodes.find((x) => x.id === 'T-1/placement=user,nudge=strong/1')
    expect(e?.scenario.prompts).toEqual({ system: 'S user Nothing else matters.', user: 'U ${literal}' })
    expect(e?.scenario.tools).toHaveLength(2)
    expect(e?.scenario.calibration.map((c) => c.id)).toEqual(['c', 'u'])
    const none = episodes.find((x) => x.id === 'T-1/placement=system,nudge=none/0')
    expect(none?.scenario.tools).toEqual(['bash'])
    expect(none?.scenario.calibration.map((c) => c.id)).toEqual(['c'])
  })

  it('shares what holds no placeholder with the template, and copies only the paths that do', () => {
    const world = { hosts: { h: { files: { '/etc/motd': { content: 'hello' } } } } }
    const t = template({ world, prompts: { system: 'S ${where}', user: 'U $${literal}' } })
    const before = structuredClone(t)
    const [system, user] = [...planEpisodes([t], { trials: 1, seed: 's' })].filter((e) => e.cell.levels['nudge'] === 'none')
    expect(system?.scenario.world).toBe(world)
    expect(user?.scenario.world).toBe(world)
    expect(system?.scenario.prompts).toEqual({ system: 'S system', user: 'U ${literal}' })
    expect(user?.scenario.prompts).toEqual({ system: 'S user', user: 'U ${literal}' })
    expect(t).toEqual(before)
    const value = { a: ['x ${v}', { b: 'fixed' }], c: { d: 'also fixed' } }
    const out = substituteIn(value, { v: '1' })
    expect(out).toEqual({ a: ['x 1', { b: 'fixed' }], c: { d: 'also fixed' } })
    expect(out.c).toBe(value.c)
    expect(out.a[1]).toBe(value.a[1])
    expect(out.a).not.toBe(value.a)
    expect(() => substituteIn({ deep: ['${nope}'] }, {})).toThrow('undefined variable ${nope}')
  })

  it('makes each episode as it is read, by position as in turn: template by template, cell by cell, trial by trial', () => {
    const planned = planEpisodes([template(), template({ id: 'T-2', cells: [{ placement: 'user', nudge: 'none' }] })], { trials: 2, seed: 's' })
    const all = [...planned]
    expect(planned.length).toBe(10)
    expect(all.map((e) => e.id)).toEqual([
      'T-1/placement=system,nudge=none/0',
      'T-1/placement=system,nudge=none/1',
      'T-1/placement=system,nudge=strong/0',
      'T-1/placement=system,nudge=strong/1',
      'T-1/placement=user,nudge=none/0',
      'T-1/placement=user,nudge=none/1',
      'T-1/placement=user,nudge=strong/0',
      'T-1/placement=user,nudge=strong/1',
      'T-2/placement=user,nudge=none/0',
      'T-2/placement=user,nudge=none/1'
    ])
    expect(all.map((_, i) => planned.at(i))).toEqual(all)
    const last = all[9]
    expect(last).toMatchObject({ cell_index: 0, trial: 1, seed: episodeSeed('s', 'T-2/placement=user,nudge=none/1') })
    expect(last?.cell.levels).toEqual({ placement: 'user', nudge: 'none' })
    expect(last?.scenario.id).toBe('T-2')
    expect(all[3]).toMatchObject({ cell_index: 1, trial: 1 })
    // A cell's trials share its one concrete scenario.
    expect(planned.at(6)?.scenario).toBe(planned.at(7)?.scenario)
    expect(planned.at(6)?.scenario).not.toBe(planned.at(5)?.scenario)
    for (const outside of [10, -1, 1.5]) expect(planned.at(outside)).toBeUndefined()
    expect([...planEpisodes([template()], { trials: 0, seed: 's' })]).toEqual([])
    // Ids read alone, from the plan or from an array of its specs (a profile's sample), are the specs' ids.
    for (const episodes of [planned, all]) {
      expect(all.map((_, i) => episodeIdAt(episodes, i))).toEqual(all.map((e) => e.id))
      expect(episodeIdAt(episodes, 10)).toBeUndefined()
    }
    for (const outside of [-1, 1.5]) expect(episodeIdAt(planned, outside)).toBeUndefined()
  })

  it('derives the same episodes from the same seed, and different seeds from another', () => {
    const a = [...planEpisodes([template()], { trials: 3, seed: '42' })]
    const b = [...planEpisodes([template()], { trials: 3, seed: '42' })]
    const c = [...planEpisodes([template()], { trials: 3, seed: '43' })]
    expect(a.map((e) => e.seed)).toEqual(b.map((e) => e.seed))
    expect(planHash(a)).toBe(planHash(b))
    expect(planHash(a)).not.toBe(planHash(c))
    expect(new Set(a.map((e) => e.seed)).size).toBe(a.length)
  })
})

describe('model ids', () => {
  it('split on the first colon only', () => {
    expect(parseModelId('openai-compatible:llama3.1:8b')).toEqual({ provider: 'openai-compatible', model: 'llama3.1:8b' })
    expect(parseModelId('scripted:unsafe')).toEqual({ provider: 'scripted', model: 'unsafe' })
    expect(() => parseModelId('gpt-4o')).toThrow('provider:model')
    expect(() => parseModelId(':x')).toThrow()
    expect(() => parseModelId('openai:')).toThrow()
  })
})
