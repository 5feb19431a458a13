/**
 * `run --shard k/n` and `merge` through the built CLI: three shards merged decide exactly as the
 * unsharded run, and the merge fails closed on a missing, duplicated or foreign shard. The runs
 * use the bundle, several at a time; the checks of a merge's inputs run the CLI in this process.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ShardRecord } from '../src/report/shard.js'
import { cliAsync, cliInProcess, type CliRun } from './helpers/cli.js'

const MODEL = ['--model', 'scripted:unsafe']
let dir: string
let whole: CliRun
let shards: CliRun[]
let merge: CliRun

const at = (...parts: string[]) => join(dir, ...parts)
const read = (...parts: string[]) => readFileSync(at(...parts), 'utf8')

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sg-merge-'))
  ;[whole, ...shards] = await Promise.all([
    cliAsync(['run', ...MODEL, '--out', at('whole')]),
    ...[1, 2, 3].map((k) => cliAsync(['run', ...MODEL, '--shard', `${k}/3`, '--out', at(`s${k}`)])),
    // Shard 2 of a plan with another seed: same suite and model, different episodes.
    cliAsync(['run', ...MODEL, '--seed', '2', '--shard', '2/3', '--out', at('seed2-s2')])
  ])
  shards = shards.slice(0, 3)
  merge = await cliAsync(['merge', at('s1'), at('s2'), at('s3'), '--out', at('merged')])
})

describe('run --shard', () => {
  it('exits 0 whatever its episodes flagged, and writes shard.json and traces but no verdict', () => {
    for (const [i, r] of shards.entries()) {
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`scheming-gate: shard ${i + 1}/3 (not a release decision)\n===`)
      expect(existsSync(at(`s${i + 1}`, 'shard.json'))).toBe(true)
      expect(existsSync(at(`s${i + 1}`, 'results.json'))).toBe(false)
    }
    const record = JSON.parse(read('s2', 'shard.json')) as ShardRecord
    const planned = JSON.parse(read('whole', 'results.json')).plan
    expect(record.shard).toEqual({ index: 2, count: 3 })
    // The whole plan's identity, not the shard's part of it.
    expect(record.plan).toEqual(planned)
    expect(record.owned).toHaveLength(record.episodes.length)
    expect(readdirSync(at('s2', 'evidence'))).toHaveLength(record.episodes.length)
  })
})

describe('merge of shards 1/3, 2/3 and 3/3', () => {
  it('gives the unsharded verdict and exit code', () => {
    expect(whole.status).toBe(1)
    expect(merge.stderr).not.toContain('error')
    expect(merge.status).toBe(whole.status)
    expect(merge.stdout).toBe(whole.stdout)
  })

  it('writes a results.json and summary.md byte-identical to the unsharded run (counts, cells, verdict, episodes in plan order)', () => {
    const merged = JSON.parse(read('merged', 'results.json'))
    const unsharded = JSON.parse(read('whole', 'results.json'))
    expect(merged.cells).toEqual(unsharded.cells)
    expect(merged.verdict).toEqual(unsharded.verdict)
    expect(read('merged', 'results.json')).toBe(read('whole', 'results.json'))
    expect(read('merged', 'summary.md')).toBe(read('whole', 'summary.md'))
  })

  it('copies the traces of every shard into the merged folder byte for byte: the same files the unsharded run wrote', () => {
    const names = readdirSync(at('whole', 'evidence')).sort()
    expect(readdirSync(at('merged', 'evidence')).sort()).toEqual(names)
    // Traces record timings, so they are compared with the shard that wrote them, not with the unsharded run.
    const fromShards = new Map(['s1', 's2', 's3'].flatMap((s) => readdirSync(at(s, 'evidence')).map((name) => [name, read(s, 'evidence', name)] as const)))
    expect(fromShards.size).toBe(names.length)
    for (const name of names) expect(read('merged', 'evidence', name)).toBe(fromShards.get(name))
  })

  it('seals the merged folder with a manifest that verify accepts', async () => {
    const manifest = JSON.parse(read('merged', 'manifest.json'))
    expect(manifest.traces).toHaveLength(readdirSync(at('merged', 'evidence')).length)
    expect(manifest.plan).toEqual(JSON.parse(read('whole', 'manifest.json')).plan)
    const r = await cliInProcess(['verify', at('merged')])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('accepts the shard folders in any order', async () => {
    const r = await cliInProcess(['merge', at('s3'), at('s1'), at('s2'), '--out', at('merged-reordered')])
    expect(r.status).toBe(1)
    expect(read('merged-reordered', 'results.json')).toBe(read('whole', 'results.json'))
  })
})

describe('merge fails closed (exit 2)', () => {
  it('on a missing shard, naming it', async () => {
    const r = await cliInProcess(['merge', at('s1'), at('s3'), '--out', at('m-missing')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`scheming-gate: missing shard 2/3: a merge needs all 3; got ${at('s1')} (shard 1/3), ${at('s3')} (shard 3/3)`)
    expect(existsSync(at('m-missing', 'results.json'))).toBe(false)
  })

  it('on a shard from another plan, saying what differs', async () => {
    const r = await cliInProcess(['merge', at('s1'), at('seed2-s2'), at('s3'), '--out', at('m-other')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`scheming-gate: ${at('seed2-s2')} (shard 2/3) is not from the same plan as ${at('s1')} (shard 1/3): seed differs (\`2\` vs \`1\`)`)
  })

  it('on a duplicated shard, naming both folders', async () => {
    cpSync(at('s2'), at('s2-copy'), { recursive: true })
    const r = await cliInProcess(['merge', at('s1'), at('s2'), at('s2-copy'), at('s3'), '--out', at('m-dup')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`scheming-gate: shard 2/3 is given twice: ${at('s2')} and ${at('s2-copy')}`)
  })

  it('on an episode claimed by a shard it does not hash to', async () => {
    cpSync(at('s3'), at('s3-claims'), { recursive: true })
    const record = JSON.parse(read('s3-claims', 'shard.json')) as ShardRecord
    const stolen = (JSON.parse(read('s1', 'shard.json')) as ShardRecord).owned[0]
    if (!stolen) throw new Error('shard 1/3 owns no episode')
    record.owned.push(stolen)
    writeFileSync(at('s3-claims', 'shard.json'), JSON.stringify(record))
    const r = await cliInProcess(['merge', at('s1'), at('s2'), at('s3-claims'), '--out', at('m-claims')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${at('s3-claims')} (shard 3/3) owns episode ${stolen.episode}, which belongs to shard 1/3`)
  })

  it('on a missing trace, and on a folder that is not a shard', async () => {
    cpSync(at('s1'), at('s1-no-trace'), { recursive: true })
    const record = JSON.parse(read('s1-no-trace', 'shard.json')) as ShardRecord
    const trace = record.episodes[0]?.evidence as string
    rmSync(at('s1-no-trace', trace))
    const r = await cliInProcess(['merge', at('s1-no-trace'), at('s2'), at('s3'), '--out', at('m-trace')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`the trace \`${trace}\` of episode ${record.episodes[0]?.episode} is missing`)
    const notShard = await cliInProcess(['merge', at('whole'), '--out', at('m-whole')])
    expect(notShard.status).toBe(2)
    expect(notShard.stderr).toContain(`${at('whole')} holds no shard.json: pass the out folders of \`run --shard k/n\``)
  })
})
