/**
 * `run --shard k/n` and `merge` through the built CLI: three shards merged decide exactly as the
 * unsharded run; the merge fails closed on a missing, duplicated or foreign shard (exit 2) and on
 * a shard whose evidence does not verify or holds a link (exit 5), and re-derives every outcome
 * from the traces, so a shard.json rewritten and sealed again still cannot pass an unsafe model.
 * The runs and the first merge use the bundle; the other merges and verifies run the CLI in this process.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ShardFile } from '../src/report/shard.js'
import type { Manifest } from '../src/evidence/manifest.js'
import { seal, sha256, ZERO_DIGEST } from '../src/evidence/seal.js'
import { cli, cliAsync, type CliRun } from './helpers/cli.js'
import { cliInProcess } from './helpers/cli-in-process.js'

// The smoke sample (60 episodes, every family): sharding and merging do not depend on the plan's size.
const MODEL = ['--model', 'scripted:unsafe', '--profile', 'smoke']
let dir: string
let whole: CliRun
let shards: CliRun[]
let merge: CliRun

const at = (...parts: string[]) => join(dir, ...parts)
const read = (...parts: string[]) => readFileSync(at(...parts), 'utf8')

/** Seals a shard folder again after an edit, as someone who rewrites it consistently would. */
function reseal(folder: string): void {
  const manifest = JSON.parse(read(folder, 'manifest.json')) as Manifest
  manifest.files = manifest.files.map((f) => ({ path: f.path, sha256: sha256(readFileSync(at(folder, f.path))) }))
  writeFileSync(at(folder, 'manifest.json'), seal(`${JSON.stringify({ ...manifest, digest: ZERO_DIGEST }, null, 2)}\n`, 'digest', true).text)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sg-merge-'))
  // Independent runs, several at a time.
  ;[whole, ...shards] = await Promise.all([
    cliAsync(['run', ...MODEL, '--out', at('whole')]),
    ...[1, 2, 3].map((k) => cliAsync(['run', ...MODEL, '--shard', `${k}/3`, '--out', at(`s${k}`)])),
    // Shard 2 of a plan with another seed: same suite and model, different episodes.
    cliAsync(['run', ...MODEL, '--seed', '2', '--shard', '2/3', '--out', at('seed2-s2')])
  ])
  shards = shards.slice(0, 3)
  merge = cli(['merge', at('s1'), at('s2'), at('s3'), '--out', at('merged')])
})

describe('run --shard', () => {
  it('exits 0 whatever its episodes flagged, and writes shard.json and traces but no verdict', async () => {
    for (const [i, r] of shards.entries()) {
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`scheming-gate: shard ${i + 1}/3 (not a release decision)\n===`)
      expect(existsSync(at(`s${i + 1}`, 'shard.json'))).toBe(true)
      expect(existsSync(at(`s${i + 1}`, 'results.json'))).toBe(false)
    }
    const record = JSON.parse(read('s2', 'shard.json')) as ShardFile
    const planned = JSON.parse(read('whole', 'results.json')).plan
    expect(record.shard).toEqual({ index: 2, count: 3 })
    // The whole plan's identity, not the shard's part of it.
    expect(record.plan).toEqual(planned)
    expect(record.owned).toHaveLength(record.episodes.length)
    expect(readdirSync(at('s2', 'evidence'))).toHaveLength(record.episodes.length)
  })
})

describe('merge of shards 1/3, 2/3 and 3/3', () => {
  it('gives the unsharded verdict and exit code', async () => {
    expect(whole.status).toBe(1)
    expect(merge.stderr).not.toContain('error')
    expect(merge.status).toBe(whole.status)
    expect(merge.stdout).toBe(whole.stdout)
  })

  it('writes a results.json and summary.md byte-identical to the unsharded run (counts, cells, verdict, episodes in plan order)', async () => {
    const merged = JSON.parse(read('merged', 'results.json'))
    const unsharded = JSON.parse(read('whole', 'results.json'))
    expect(merged.cells).toEqual(unsharded.cells)
    expect(merged.verdict).toEqual(unsharded.verdict)
    expect(read('merged', 'results.json')).toBe(read('whole', 'results.json'))
    expect(read('merged', 'summary.md')).toBe(read('whole', 'summary.md'))
  })

  it('re-derives every trace by replaying the shards\' recorded replies: the files the unsharded run wrote, with the same replies', () => {
    const names = readdirSync(at('whole', 'evidence')).sort()
    expect(readdirSync(at('merged', 'evidence')).sort()).toEqual(names)
    const replies = (text: string) => text.split('\n').filter((l) => l.startsWith('{"type":"model"')).map((l) => JSON.parse(l).content)
    const fromShards = new Map(['s1', 's2', 's3'].flatMap((s) => readdirSync(at(s, 'evidence')).map((name) => [name, read(s, 'evidence', name)] as const)))
    expect(fromShards.size).toBe(names.length)
    for (const name of names) expect(replies(read('merged', 'evidence', name))).toEqual(replies(fromShards.get(name) as string))
  })

  it('seals the merged folder with a manifest that verify accepts, and run, merge and verify print its digest', async () => {
    const manifest = JSON.parse(read('merged', 'manifest.json'))
    expect(manifest.traces).toHaveLength(readdirSync(at('merged', 'evidence')).length)
    expect(manifest.plan).toEqual(JSON.parse(read('whole', 'manifest.json')).plan)
    const r = await cliInProcess(['verify', at('merged')])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(manifest.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(r.stdout).toContain(`manifest sha256:${manifest.digest}\n`)
    expect(merge.stderr).toContain(`manifest: ${at('merged')}/manifest.json sha256:${manifest.digest}`)
    expect(whole.stderr).toContain(`sha256:${JSON.parse(read('whole', 'manifest.json')).digest}`)
    expect(shards[1]?.stderr).toContain(`manifest: ${at('s2')}/manifest.json sha256:${JSON.parse(read('s2', 'manifest.json')).digest}`)
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
    const record = JSON.parse(read('s3-claims', 'shard.json')) as ShardFile
    const stolen = (JSON.parse(read('s1', 'shard.json')) as ShardFile).owned[0]
    if (!stolen) throw new Error('shard 1/3 owns no episode')
    record.owned.push(stolen)
    writeFileSync(at('s3-claims', 'shard.json'), JSON.stringify(record))
    reseal('s3-claims')
    const r = await cliInProcess(['merge', at('s1'), at('s2'), at('s3-claims'), '--out', at('m-claims')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${at('s3-claims')} (shard 3/3) owns episode ${stolen.episode}, which belongs to shard 1/3`)
  })

  it('on a folder that is not a shard', async () => {
    const notShard = await cliInProcess(['merge', at('whole'), '--out', at('m-whole')])
    expect(notShard.status).toBe(2)
    expect(notShard.stderr).toContain(`${at('whole')} holds no shard.json: pass the out folders of \`run --shard k/n\``)
  })
})

describe('merge verifies and re-derives (exit 5 on evidence that does not verify)', () => {
  it('refuses a shard whose shard.json was edited (flags and findings cleared), naming shard and file', async () => {
    cpSync(at('s2'), at('s2-cleared'), { recursive: true })
    const record = JSON.parse(read('s2-cleared', 'shard.json')) as ShardFile
    for (const e of record.episodes) {
      e.flags = Object.fromEntries(Object.keys(e.flags).map((m) => [m, false])) as typeof e.flags
      e.findings = []
    }
    writeFileSync(at('s2-cleared', 'shard.json'), `${JSON.stringify(record, null, 2)}\n`)
    const r = await cliInProcess(['merge', at('s1'), at('s2-cleared'), at('s3'), '--out', at('m-cleared')])
    expect(r.status).toBe(5)
    expect(r.stderr).toContain(`shard 2/3 (${at('s2-cleared')}) does not verify, so it is not merged:\n  shard.json: manifest mismatch: sha256 differs (the file was altered)`)
    expect(r.stderr).not.toContain('    at ')
    expect(existsSync(at('m-cleared', 'results.json'))).toBe(false)
  })

  it('re-scores from the traces: every shard.json cleared and sealed again still fails the unsafe model', async () => {
    for (const k of [1, 2, 3]) {
      cpSync(at(`s${k}`), at(`r${k}`), { recursive: true })
      const record = JSON.parse(read(`r${k}`, 'shard.json')) as ShardFile
      for (const e of record.episodes) {
        e.flags = Object.fromEntries(Object.keys(e.flags).map((m) => [m, false])) as typeof e.flags
        e.findings = []
      }
      writeFileSync(at(`r${k}`, 'shard.json'), `${JSON.stringify(record, null, 2)}\n`)
      reseal(`r${k}`)
      expect((await cliInProcess(['verify', at(`r${k}`)])).status).toBe(0)
    }
    const r = await cliInProcess(['merge', at('r1'), at('r2'), at('r3'), '--out', at('m-resealed')])
    expect(r.status).toBe(1)
    expect(read('m-resealed', 'results.json')).toBe(read('whole', 'results.json'))
  })

  it('names the shard, the trace and the record of a flipped byte', async () => {
    cpSync(at('s1'), at('s1-flipped'), { recursive: true })
    const trace = (JSON.parse(read('s1-flipped', 'shard.json')) as ShardFile).episodes[0]?.evidence as string
    const lines = read('s1-flipped', trace).split('\n')
    lines[1] = (lines[1] as string).replace('"turn":0', '"turn":9')
    writeFileSync(at('s1-flipped', trace), lines.join('\n'))
    const r = await cliInProcess(['merge', at('s1-flipped'), at('s2'), at('s3'), '--out', at('m-flipped')])
    expect(r.status).toBe(5)
    expect(r.stderr).toContain(`shard 1/3 (${at('s1-flipped')}) does not verify`)
    expect(r.stderr).toContain(`${trace}: record 2: altered`)
  })

  it('refuses a symlinked trace before reading or copying anything', async () => {
    cpSync(at('s1'), at('s1-link'), { recursive: true })
    const trace = (JSON.parse(read('s1-link', 'shard.json')) as ShardFile).episodes[0]?.evidence as string
    rmSync(at('s1-link', trace))
    symlinkSync('/etc/passwd', at('s1-link', trace))
    const r = await cliInProcess(['merge', at('s1-link'), at('s2'), at('s3'), '--out', at('m-link')])
    expect(r.status).toBe(5)
    expect(r.stderr).toContain(`${at('s1-link')}: ${trace} is a symbolic link: a shard folder holds plain files only`)
    expect(r.stderr).not.toContain('root:')
    expect(existsSync(at('m-link'))).toBe(false)
  })

  it('on a missing trace, naming it', async () => {
    cpSync(at('s1'), at('s1-no-trace'), { recursive: true })
    const trace = (JSON.parse(read('s1-no-trace', 'shard.json')) as ShardFile).episodes[0]?.evidence as string
    rmSync(at('s1-no-trace', trace))
    const r = await cliInProcess(['merge', at('s1-no-trace'), at('s2'), at('s3'), '--out', at('m-trace')])
    expect(r.status).toBe(5)
    expect(r.stderr).toContain(`${trace}: missing file`)
  })
})
