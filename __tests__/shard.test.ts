/** Shard assignment: parsing `k/n`, a stable partition of the plan, and refusing what needs one process. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadSuite } from '../src/config/scenario.js'
import { BUILTIN_SCENARIOS } from '../src/pipeline.js'
import { planEpisodes, type EpisodeSpec } from '../src/scenario/plan.js'
import { parseShard, shardOf, ShardError, takeShard } from '../src/scenario/shard.js'
import { cli, ROOT } from './helpers/cli.js'

describe('parseShard', () => {
  it('reads k/n, 1-based', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
  })

  it.each(['0/3', '4/3', '3', '1/0', 'a/b', '-1/2', '1.5/3', ''])('rejects `%s`', (text) => {
    expect(() => parseShard(text)).toThrow(ShardError)
  })
})

describe('takeShard', () => {
  const planned = planEpisodes(
    loadSuite([BUILTIN_SCENARIOS]).map((s) => s.scenario),
    { trials: 2, seed: '1' }
  )
  const plan = [...planned]

  it('splits the plan into disjoint shards that together are the plan, each in plan order', () => {
    const parts = [1, 2, 3].map((index) => takeShard(planned, { index, count: 3 }))
    const positions = parts.flatMap((p) => p.owned.map((o) => o.position)).sort((a, b) => a - b)
    expect(positions).toEqual(plan.map((_, i) => i))
    for (const p of parts) {
      expect(p.episodes).toEqual(p.owned.map((o) => plan[o.position]))
      expect(p.owned.map((o) => o.position)).toEqual([...p.owned.map((o) => o.position)].sort((a, b) => a - b))
      // Roughly even: the hash spreads a few hundred episodes within a third of each other.
      expect(p.episodes.length).toBeGreaterThan(plan.length / 3 / 1.5)
    }
  })

  it('depends only on the episode id, not on the plan around it', () => {
    const episode = plan[5] as EpisodeSpec
    const alone = takeShard([episode], { index: shardOf(episode.id, 4), count: 4 })
    expect(alone.episodes).toEqual([episode])
    const other = takeShard(plan, { index: shardOf(episode.id, 4), count: 4 })
    expect(other.episodes).toContain(episode)
  })
})

describe('run --shard (built bundle)', () => {
  it('rejects a sequential policy: its looks need every episode in one process', () => {
    const out = mkdtempSync(join(tmpdir(), 'sg-shard-'))
    const r = cli(['run', '--model', 'scripted:compliant', '--shard', '1/2', '--thresholds', join(ROOT, '__tests__/fixtures/thresholds/sequential.json'), '--out', out])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('sharding cannot be combined with a sequential policy')
  })

  it('rejects a malformed shard with a usage error', () => {
    const r = cli(['run', '--model', 'scripted:compliant', '--shard', '4/3'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('shard must be k/n with 1 <= k <= n (e.g. 2/3), got `4/3`')
  })
})
