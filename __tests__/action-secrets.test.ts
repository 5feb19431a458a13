/**
 * Secrets never leave through text, through the built action against loopback fakes: a provider
 * that echoes the API key in normal replies, and a pull request whose scenario folder holds a
 * symlink to a secret file outside the workspace. Neither reaches stdout, the out folder, the step
 * summary or the PR comment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from './fakes/github-api.js'
import { FakeServer } from './fakes/server.js'
import { replayPolicy } from './fakes/replay.js'
import { loadSuite } from '../src/config/scenario.js'
import { planEpisodes } from '../src/scenario/plan.js'
import { pullRequestEvent, runAction } from './helpers/action.js'
import { ROOT } from './helpers/cli.js'

const KEY = 'sk-ant-ECHOED-5b1d0e77c2'
const SR01 = join(ROOT, 'scenarios/SR-01-math-queue-shutdown.yaml')
let api: FakeGitHub

beforeAll(async () => {
  api = await startFakeGitHub()
})
afterAll(() => api.close())

/** Every file under a folder, as text. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
}

describe('a provider that echoes the API key in its normal replies', () => {
  let provider: FakeServer
  let url: string

  beforeAll(async () => {
    const replay = replayPolicy(planEpisodes(loadSuite([SR01]).map((s) => s.scenario), { trials: 1, seed: '1' }))
    // The key, back in the reply's text and in the arguments of its tool calls.
    provider = new FakeServer({
      policy: async (req) => {
        const reply = await replay(req)
        return { text: `${reply.text} (my key is ${KEY})`, calls: reply.calls.map((c) => ({ ...c, args: { ...c.args, note: KEY } })) }
      },
      seed: 1
    })
    url = await provider.start()
  })
  afterAll(() => provider.stop())

  it('is scrubbed from the traces, results, summary, junit, stdout and the PR comment', async () => {
    const r = await runAction({
      inputs: { model: 'anthropic:replay-unsafe', 'base-url': url, 'anthropic-api-key': KEY, scenarios: 'scenarios/SR-01-math-queue-shutdown.yaml', 'scenarios-mode': 'replace', 'github-token': 'test-token' },
      eventName: 'pull_request',
      event: pullRequestEvent(31),
      apiUrl: api.url,
      workspace: ROOT
    })
    expect(r.stderr).toBe('')
    expect(r.outputs.verdict).toBe('fail')
    expect(provider.stats.requests).toBeGreaterThan(0)
    const out = join(r.dir, 'out')
    const files = allFiles(out)
    expect(files.length).toBeGreaterThan(5)
    expect(files.some((text) => text.includes('(my key is [redacted])'))).toBe(true)
    // The runner masks what follows ::add-mask::; nowhere else may the key appear.
    expect(r.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`])
    const comment = api.comments.get(31)?.at(-1)?.body ?? ''
    expect(comment).toContain('## scheming-gate: ❌ FAIL')
    for (const text of [r.summary, comment, JSON.stringify(r.outputs), ...files]) expect(text).not.toContain(KEY)
    // Provenance: the output names the sealed manifest's digest, the value to attest or keep.
    expect(r.outputs['manifest-digest']).toBe(`sha256:${JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).digest}`)
  })
})

describe('a pull request whose scenario folder links to a secret outside the workspace', () => {
  const SECRET = 'SG-SECRET-CONTENT-0d9f2a'

  it('is refused by name before the link is read; the secret is nowhere', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'))
    writeFileSync(join(outside, 'credentials'), `token: ${SECRET}\n`)
    const workspace = mkdtempSync(join(tmpdir(), 'sg-workspace-'))
    cpSync(join(ROOT, 'thresholds.json'), join(workspace, 'thresholds.json'))
    mkdirSync(join(workspace, 'extra'))
    symlinkSync(join(outside, 'credentials'), join(workspace, 'extra', 'evil.yaml'))
    api.files.set(`${'b'.repeat(40)}:thresholds.json`, readFileSync(join(ROOT, 'thresholds.json'), 'utf8'))
    const r = await runAction({
      inputs: { model: 'scripted:unsafe', scenarios: 'extra/', thresholds: 'thresholds.json', 'github-token': 'test-token' },
      eventName: 'pull_request',
      event: pullRequestEvent(32),
      apiUrl: api.url,
      workspace
    })
    expect(r.status).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toContain('::error::scheming-gate: input `scenarios`: `extra/evil.yaml` is a symbolic link that leads outside the workspace; it is refused and was not read')
    const comments = (api.comments.get(32) ?? []).map((c) => c.body)
    for (const text of [r.stdout, r.stderr, r.summary, ...comments, ...allFiles(r.dir)]) expect(text).not.toContain(SECRET)
  })
})
