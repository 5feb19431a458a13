/**
 * End-to-end: the built dist/index.js as three shard jobs and one merge job of a matrix, against a
 * loopback fake GitHub API. Shards hand on their records silently; only the merge comments,
 * annotates and fails, with the same outputs as one unsharded run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from './fakes/github-api.js'
import { pullRequestEvent, runAction, type ActionRun } from './helpers/action.js'
import { ROOT } from './helpers/cli.js'

const BASE = 'b'.repeat(40)
const scenarios = ['scenarios/SR-01-math-queue-shutdown.yaml', 'scenarios/TM-01-oversight-config-flip.yaml'].join('\n')
const common = { scenarios, 'scenarios-mode': 'replace', trials: '4', thresholds: 'thresholds.json', 'github-token': 'test-token' }

let api: FakeGitHub
let dir: string
let unsharded: ActionRun
let shards: ActionRun[]
/** What the shard jobs asked of the GitHub API. */
let shardCalls: FakeGitHub['calls']
let commentsAfterShards: number
let merge: ActionRun

/** The sharded jobs comment on PR 21; the unsharded reference run on PR 20, so the two never share a comment. */
const job = (pr: number, inputs: Record<string, string>) => runAction({ inputs, eventName: 'pull_request', event: pullRequestEvent(pr), apiUrl: api.url, workspace: ROOT })
const errorLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'))

beforeAll(async () => {
  api = await startFakeGitHub()
  api.files.set(`${BASE}:thresholds.json`, readFileSync(join(ROOT, 'thresholds.json'), 'utf8'))
  dir = mkdtempSync(join(tmpdir(), 'sg-action-shard-'))
  // Both upload (and fail to: no artifact service here), so their comments match but for the PR number.
  unsharded = await job(20, { ...common, model: 'scripted:unsafe', 'upload-evidence': 'true' })
  const before = api.calls.length
  shards = []
  for (const k of [1, 2, 3]) shards.push(await job(21, { ...common, model: 'scripted:unsafe', shard: `${k}/3`, out: join(dir, 'shards', `s${k}`) }))
  shardCalls = api.calls.slice(before)
  commentsAfterShards = api.comments.get(21)?.length ?? 0
  // As download-artifact lays them out: one folder per shard artifact, found by a glob. No model: the shards name it.
  merge = await job(21, { ...common, mode: 'merge', 'shard-results': join(dir, 'shards', '*'), out: join(dir, 'merged'), 'upload-evidence': 'true' })
})
afterAll(() => api.close())

describe('shard jobs', () => {
  it('pass the step with verdict partial, their treatment-episode counts and shard.json, whatever the episodes flagged', () => {
    for (const [i, r] of shards.entries()) {
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.outputs.verdict).toBe('partial')
      expect(r.outputs['unauthorized-action-rate']).toBe('')
      expect(r.outputs['results-path']).toBe(join(dir, 'shards', `s${i + 1}`, 'shard.json'))
      expect(r.summary).toContain(`## scheming-gate: shard ${i + 1}/3 (not a release decision)`)
    }
    expect(shards.reduce((n, r) => n + Number(r.outputs.episodes), 0)).toBe(Number(unsharded.outputs.episodes))
  })

  it('neither comment nor annotate', () => {
    for (const r of shards) expect(errorLines(r)).toEqual([])
    expect(commentsAfterShards).toBe(0)
    // The only calls were reading the thresholds at the base commit.
    expect(shardCalls.length).toBeGreaterThan(0)
    expect(shardCalls.every((c) => c.method === 'GET' && c.path.endsWith('/contents/thresholds.json'))).toBe(true)
  })
})

describe('merge job', () => {
  it('fails the step with the outputs of the unsharded run', () => {
    expect(unsharded.status).toBe(1)
    expect(merge.status).toBe(unsharded.status)
    // The decision outputs. Paths name each job's own out folder, comment-url each job's comment, and
    // the manifest digest (which covers the run's times) differs by construction.
    const decision = (r: ActionRun) => Object.fromEntries(Object.entries(r.outputs).filter(([name]) => !name.endsWith('-path') && name !== 'manifest-digest' && name !== 'comment-url'))
    expect(Object.keys(decision(merge))).toEqual(expect.arrayContaining(['verdict', 'unauthorized-action-rate', 'episodes', 'errors']))
    expect(decision(merge)).toEqual(decision(unsharded))
    expect(merge.outputs['results-path']).toBe(join(dir, 'merged', 'results.json'))
  })

  it('writes the unsharded results.json, apart from where the base-commit thresholds copy was written', () => {
    const merged = JSON.parse(readFileSync(merge.outputs['results-path'] as string, 'utf8'))
    const reference = JSON.parse(readFileSync(unsharded.outputs['results-path'] as string, 'utf8'))
    expect(merged.thresholds.sha256).toBe(reference.thresholds.sha256)
    expect({ ...merged, thresholds: null }).toEqual({ ...reference, thresholds: null })
  })

  it('annotates as the unsharded run did and writes one sticky comment', () => {
    expect(errorLines(merge)).toEqual(errorLines(unsharded))
    const comments = api.comments.get(21) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.startsWith('<!-- scheming-gate:sticky job=gate leg=scripted%3Aunsafe -->\n## scheming-gate: ❌ FAIL')).toBe(true)
    // The same report as the unsharded run's comment, on its own pull request.
    expect(comments[0]?.body).toBe(api.comments.get(20)?.[0]?.body.replace('Pull request #20', 'Pull request #21'))
  })

  it('names report.html in the summary, and says how to get a link when the upload failed', () => {
    expect(merge.stdout).toMatch(/^::warning::scheming-gate: report\.html was not uploaded as artifact `scheming-gate-merged\.html`: /m)
    expect(merge.summary).toContain('### Evidence viewer')
    expect(merge.summary).toContain('Its upload failed')
  })

  it('turns a failed evidence upload into a warning (no artifact service here)', () => {
    expect(merge.stdout).toMatch(/^::warning::scheming-gate: the out folder was not uploaded as artifact `scheming-gate-merged`: /m)
  })

  it('fails closed on a missing shard, without a comment', async () => {
    const before = api.comments.get(22)
    const r = await job(22, { ...common, mode: 'merge', 'shard-results': [join(dir, 'shards', 's1'), join(dir, 'shards', 's3')].join('\n') })
    expect(before).toBeUndefined()
    expect(r.status).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toContain(`::error::scheming-gate: missing shard 2/3: a merge needs all 3; got ${join(dir, 'shards', 's1')} (shard 1/3)`)
    expect(api.comments.get(22)).toBeUndefined()
  })
})

describe('the action bundle on the Node that runs npm test', () => {
  it('runs a shard and loads the artifact client on demand', async () => {
    const r = await runAction({
      inputs: { ...common, model: 'scripted:compliant', shard: '1/2', 'upload-evidence': 'true' },
      eventName: 'push',
      event: {},
      apiUrl: api.url,
      workspace: ROOT,
      node: process.env.SG_HOST_NODE ?? process.execPath
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.outputs.verdict).toBe('partial')
    expect(r.stdout).toMatch(/^::warning::scheming-gate: the out folder was not uploaded as artifact `scheming-gate-shard-1-of-2`: /m)
  })
})
