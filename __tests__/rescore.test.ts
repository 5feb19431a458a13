/**
 * rescore: a run recorded against the fake server through a real provider id is re-scored from its
 * traces alone. The server stays up and counts: any request during rescore would show. The
 * recordings are of the smoke sample (60 episodes, every template); rescore takes the profile
 * from the manifest like the rest of the plan. An unchanged recording is re-judged as recorded; a
 * copy resealed as if another engine had made it is re-simulated in full.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, prepareRun, runGate } from '../src/pipeline.js'
import { loadSuite } from '../src/config/scenario.js'
import { planEpisodes } from '../src/scenario/plan.js'
import { rescore, RescoreError, UnverifiedRecordingError } from '../src/evidence/rescore.js'
import { RecordedReplies, RecordingError } from '../src/evidence/recorded.js'
import { ReplayMiss, ReplayModel } from '../src/providers/replay.js'
import type { EpisodeSpec } from '../src/scenario/plan.js'
import { verifyEvidence } from '../src/evidence/verify.js'
import { recordedHead, writeManifest, type Manifest } from '../src/evidence/manifest.js'
import { fileSha256, sha256 } from '../src/evidence/seal.js'
import { FakeServer } from './fakes/server.js'
import { replayPolicy } from './fakes/replay.js'
import { cli } from './helpers/cli.js'
import { cliInProcess } from './helpers/cli-in-process.js'

const SEED = '1'
const tmp = () => mkdtempSync(join(tmpdir(), 'sg-rescore-'))
const server = new FakeServer({ policy: replayPolicy(planEpisodes(loadSuite([BUILTIN_SCENARIOS]).map((s) => s.scenario), { trials: 1, seed: SEED })) })
let recorded: string
let recordedRequests: number

beforeAll(async () => {
  const url = await server.start()
  recorded = tmp()
  await runGate({
    model: 'openai:replay-unsafe',
    scenarios: [BUILTIN_SCENARIOS],
    thresholds: BUILTIN_THRESHOLDS,
    trials: 1,
    seed: SEED,
    profile: 'smoke',
    out: recorded,
    concurrency: 4,
    provider: { baseUrl: `${url}/v1`, env: { OPENAI_API_KEY: 'sk-test' } }
  })
  recordedRequests = server.stats.requests
})

afterAll(() => server.stop())

const current = { scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS }

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest

/** A copy of a recording, resealed as if another engine had recorded it: rescore must re-simulate it. */
function fromAnotherEngine(dir: string): string {
  const copy = tmp()
  cpSync(dir, copy, { recursive: true })
  writeManifest(copy, { ...readManifest(copy), engine: 'f'.repeat(64) })
  expect(verifyEvidence(copy).problems).toEqual([])
  return copy
}

/** report.html's trace chunks: the lines before its closing line, from the first chunk's. */
const traceChunks = (dir: string) => {
  const page = readFileSync(join(dir, 'report.html'), 'utf8')
  return page.slice(page.indexOf('<script type="application/gzip-base64" id="sg-chunk-0">'), page.length - '</body></html>\n'.length)
}

/** A trace without its wall-clock fields (`ms`, and the chain hashes that cover them). */
const timeless = (text: string) => text.replace(/"ms":\d+,/g, '').replace(/,"prev":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"/g, '')

describe('rescore', () => {
  it('reproduces results.json byte for byte while the model server counts zero requests', async () => {
    expect(recordedRequests).toBeGreaterThan(60)
    const out = tmp()
    const report = await rescore({ ...current, from: recorded, out })
    expect(server.stats.requests).toBe(recordedRequests)
    expect(report.verdict.status).toBe('fail')
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(recorded, 'results.json'), 'utf8'))
    // The re-scored folder is evidence too, and says which recording it replayed.
    expect(verifyEvidence(out).problems).toEqual([])
    const source = JSON.parse(readFileSync(join(recorded, 'manifest.json'), 'utf8')) as Manifest
    const again = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest
    expect(source.model.decoding).toEqual([{ temperature: 0, max_output_tokens: 16384 }])
    expect(again.model).toEqual({ ...source.model, replay_of: source.digest })
    expect(verifyEvidence(recorded).problems).toEqual([])
  })

  it('re-judges an unchanged recording as recorded, with the outputs of a full replay', async () => {
    const fast = tmp()
    const full = tmp()
    const recalled = await rescore({ ...current, from: recorded, out: fast })
    const replayed = await rescore({ ...current, from: fromAnotherEngine(recorded), out: full })
    expect([recalled.path, replayed.path]).toEqual(['recorded', 'replayed'])
    expect(server.stats.requests).toBe(recordedRequests)
    for (const file of ['results.json', 'summary.md']) expect(readFileSync(join(fast, file), 'utf8')).toBe(readFileSync(join(full, file), 'utf8'))
    const traces = readdirSync(join(recorded, 'evidence')).sort()
    expect(readdirSync(join(fast, 'evidence')).sort()).toEqual(traces)
    for (const name of traces) {
      // A replay writes no provider records of its own (no settings sent, no retries): the recorded traces minus those.
      expect(timeless(readFileSync(join(fast, 'evidence', name), 'utf8'))).toBe(timeless(readFileSync(join(full, 'evidence', name), 'utf8')))
    }
    expect(verifyEvidence(fast).problems).toEqual([])
    expect(readManifest(fast).model).toEqual({ ...readManifest(recorded).model, replay_of: readManifest(recorded).digest })
  })

  it('takes the recorded plan\'s digest only where the same engine made it from the same suite, seed, trials and profile', () => {
    const opts = { model: 'scripted:compliant', ...current, trials: 1, seed: SEED, profile: 'smoke' as const, out: tmp() }
    const computed = prepareRun(opts).plan
    const manifest = readManifest(recorded)
    expect(manifest.plan).toEqual(computed)
    // A digest no plan has: seen only where it is taken rather than computed.
    const marked = { ...manifest, plan: { ...manifest.plan, sha256: 'a'.repeat(64) } }
    expect(prepareRun(opts, undefined, marked).plan).toEqual({ ...computed, sha256: 'a'.repeat(64) })
    const others = [
      { ...marked, engine: 'f'.repeat(64) },
      { ...marked, seed: '2' },
      { ...marked, trials: 2 },
      { ...marked, profile: 'full' as const },
      { ...marked, suite: { ...marked.suite, scenarios: marked.suite.scenarios.slice(1) } },
      { ...marked, plan: { ...marked.plan, episodes: marked.plan.episodes + 1 } }
    ]
    for (const other of others) expect(prepareRun(opts, undefined, other).plan).toEqual(computed)
  })

  it('re-simulates, rather than take at its word, a sealed results.json out of the plan\'s order or stopped by a budget', async () => {
    /** A copy of the recording with its results.json changed by `change`, resealed: it verifies. */
    const resealed = (change: (results: { episodes: unknown[]; stopped?: unknown }) => void) => {
      const copy = tmp()
      cpSync(recorded, copy, { recursive: true })
      const results = JSON.parse(readFileSync(join(copy, 'results.json'), 'utf8')) as { episodes: unknown[]; stopped?: unknown }
      change(results)
      writeFileSync(join(copy, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
      const manifest = readManifest(copy)
      writeManifest(copy, { ...manifest, files: manifest.files.map((f) => (f.path === 'results.json' ? { ...f, sha256: fileSha256(join(copy, 'results.json')) } : f)) })
      expect(verifyEvidence(copy).problems).toEqual([])
      return copy
    }
    const swapped = resealed((r) => void r.episodes.splice(0, 2, r.episodes[1], r.episodes[0]))
    const stopped = resealed((r) => void (r.stopped = { budget: 'tokens', limit: 1, reason: 'token budget of 1 reached', episodes_run: r.episodes.length }))
    for (const from of [swapped, stopped]) {
      const out = tmp()
      expect((await rescore({ ...current, from, out })).path).toBe('replayed')
      // Re-simulated from the recorded replies: the recording's own results, in the plan's order.
      expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(recorded, 'results.json'), 'utf8'))
    }
    expect(server.stats.requests).toBe(recordedRequests)
  })

  it('takes a trace without provider records as it is (the same file), with the digest its recording sealed, and report.html its trace chunks', async () => {
    const from = tmp()
    const out = tmp()
    await runGate({ model: 'scripted:unsafe', ...current, trials: 1, seed: SEED, profile: 'smoke', out: from })
    const report = await rescore({ ...current, from, out })
    expect(report.path).toBe('recorded')
    expect(verifyEvidence(out).problems).toEqual([])
    expect(readManifest(out).traces).toEqual(readManifest(from).traces)
    for (const t of readManifest(from).traces) {
      expect(readFileSync(join(out, t.path)).equals(readFileSync(join(from, t.path)))).toBe(true)
      expect(statSync(join(out, t.path)).ino).toBe(statSync(join(from, t.path)).ino)
    }
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(from, 'results.json'), 'utf8'))
    // The page's trace chunks are the recording's, as its manifest sealed them.
    expect(readManifest(out).report_traces).toEqual(readManifest(from).report_traces)
    expect(traceChunks(out)).toEqual(traceChunks(from))
    // The bytes are copied, never trusted: the same recording with one trace altered is refused.
    const trace = join(from, readManifest(from).traces[0]!.path)
    writeFileSync(trace, readFileSync(trace, 'utf8').replace('"turn":0', '"turn":1'))
    await expect(rescore({ ...current, from, out: join(tmp(), 'out') })).rejects.toThrow(UnverifiedRecordingError)
  })

  it('packs report.html\'s trace chunks anew when the recording\'s are not the ones its manifest sealed', async () => {
    const from = tmp()
    await runGate({ model: 'scripted:unsafe', ...current, trials: 1, seed: SEED, profile: 'smoke', out: from })
    const sealed = readManifest(from).report_traces!
    expect(sealed.chunks.reduce((a, b) => a + b, 0)).toBe(readManifest(from).counts.episodes)
    expect(sha256(traceChunks(from))).toBe(sealed.sha256)
    const altered = tmp()
    cpSync(from, altered, { recursive: true })
    const page = join(altered, 'report.html')
    // One character of the first chunk's base64: the page still verifies (it is a view, not sealed).
    writeFileSync(page, readFileSync(page, 'utf8').replace(/(id="sg-chunk-0">)(.)/, (_, open: string, c: string) => `${open}${c === 'A' ? 'B' : 'A'}`))
    expect(traceChunks(altered)).not.toBe(traceChunks(from))
    expect(verifyEvidence(altered).problems).toEqual([])
    const out = tmp()
    expect((await rescore({ ...current, from: altered, out })).path).toBe('recorded')
    expect(traceChunks(out)).toBe(traceChunks(from))
    expect(readManifest(out).report_traces).toEqual(sealed)
  })

  it('finds the engine and the episode count in the head of a recording\'s manifest (which thread a rescore runs on)', () => {
    const manifest = readManifest(recorded)
    expect(recordedHead(recorded)).toEqual({ engine: manifest.engine, episodes: manifest.counts.episodes })
    expect(recordedHead(tmp())).toEqual({})
  })

  it('writes a trace a replay writes otherwise as a file of its own', async () => {
    const out = tmp()
    expect((await rescore({ ...current, from: recorded, out })).path).toBe('recorded')
    for (const t of readManifest(out).traces) expect(statSync(join(out, t.path)).ino).not.toBe(statSync(join(recorded, t.path)).ino)
  })

  it('re-simulates when a scenario file changed, even in a way the replay still answers', async () => {
    const suite = tmp()
    cpSync(BUILTIN_SCENARIOS, suite, { recursive: true })
    const file = join(suite, 'SR-01-math-queue-shutdown.yaml')
    writeFileSync(file, `${readFileSync(file, 'utf8')}# a comment changes the file's digest, not the scenario\n`)
    const report = await rescore({ ...current, scenarios: [suite], from: recorded, out: join(tmp(), 'out') })
    expect(report.path).toBe('replayed')
    expect(server.stats.requests).toBe(recordedRequests)
  })

  it('changes the verdict under a changed threshold, without calling a model', async () => {
    const dir = tmp()
    const thresholds = JSON.parse(readFileSync(BUILTIN_THRESHOLDS, 'utf8')) as { metrics: Record<string, { max_rate: number }>; $schema?: string; decision: string; max_error_rate: number }
    for (const m of Object.values(thresholds.metrics)) m.max_rate = 0.95
    thresholds.decision = 'point'
    // Episodes that errored when recorded (if any) replay the same error; they must not decide this.
    thresholds.max_error_rate = 0.5
    delete thresholds.$schema
    writeFileSync(join(dir, 'lenient.json'), JSON.stringify(thresholds))
    const report = await rescore({ ...current, thresholds: join(dir, 'lenient.json'), from: recorded, out: join(dir, 'out') })
    expect(report.verdict.status).toBe('pass')
    expect(server.stats.requests).toBe(recordedRequests)
  })

  it('fails closed when a scenario changed since the recording', async () => {
    const suite = tmp()
    cpSync(BUILTIN_SCENARIOS, suite, { recursive: true })
    const file = join(suite, 'SR-01-math-queue-shutdown.yaml')
    const text = readFileSync(file, 'utf8')
    const changed = text.replace(/(\n {2}system: [|>]?-?\n? *)/, '$1Note: the queue moved. ')
    expect(changed).not.toBe(text)
    writeFileSync(file, changed)
    await expect(rescore({ ...current, scenarios: [suite], from: recorded, out: join(tmp(), 'out') })).rejects.toThrow(/SR-01-math-queue-shutdown\/[^ ]+, request 1: no recorded reply for this request/)
    expect(server.stats.requests).toBe(recordedRequests)
  })

  it('refuses an altered recording and never writes over the one it reads', async () => {
    const copy = tmp()
    cpSync(recorded, copy, { recursive: true })
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Manifest
    const trace = join(copy, manifest.traces[0]!.path)
    writeFileSync(trace, readFileSync(trace, 'utf8').replace('"type":"model","turn":1', '"type":"model","turn":2'))
    await expect(rescore({ ...current, from: copy, out: join(tmp(), 'out') })).rejects.toThrow(UnverifiedRecordingError)
    await expect(rescore({ ...current, from: recorded, out: recorded })).rejects.toThrow(RescoreError)
    await expect(rescore({ ...current, from: recorded, out: join(recorded, 'sub') })).rejects.toThrow(/never writes over the evidence it reads/)
  })

  it('runs from the built CLI into a new folder beside the recording, exiting as the verdict does', async () => {
    const dir = join(tmp(), 'run')
    expect(cli(['run', '--model', 'scripted:compliant', '--profile', 'smoke', '--out', dir]).status).toBe(0)
    const r = cli(['rescore', dir])
    expect(r.stderr).toContain(`results: ${dir}-rescore/results.json`)
    expect(r.status).toBe(0)
    expect(readFileSync(join(`${dir}-rescore`, 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'results.json'), 'utf8'))
    // Where a second rescore goes, and the usage error, need no second bundle start.
    expect((await cliInProcess(['rescore', dir])).stderr).toContain(`${dir}-rescore-2/results.json`)
    expect((await cliInProcess(['rescore'])).status).toBe(2)
  })
})

describe('rescore of a reasoning model on the Responses API', () => {
  it('replays the recorded reasoning with each turn, so every request hashes as recorded', async () => {
    const thinking = new FakeServer({ reasoning: true, policy: replayPolicy(planEpisodes(loadSuite([BUILTIN_SCENARIOS]).map((s) => s.scenario), { trials: 1, seed: SEED })) })
    const url = await thinking.start()
    try {
      const from = tmp()
      await runGate({ model: 'openai:replay-unsafe', ...current, trials: 1, seed: SEED, profile: 'smoke', out: from, concurrency: 4, provider: { baseUrl: `${url}/v1`, api: 'responses', env: { OPENAI_API_KEY: 'sk-test' } } })
      const requests = thinking.stats.requests
      expect(thinking.stats.reasoningReplayed).toBeGreaterThan(0)
      expect(verifyEvidence(from).problems).toEqual([])
      const out = tmp()
      expect((await rescore({ ...current, from: fromAnotherEngine(from), out })).path).toBe('replayed')
      expect(thinking.stats.requests).toBe(requests)
      expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(from, 'results.json'), 'utf8'))
    } finally {
      await thinking.stop()
    }
  })
})

describe('recorded replies', () => {
  it('reads an episode when it asks, holds only the latest, and refuses a trace altered since it was verified', async () => {
    const copy = tmp()
    cpSync(recorded, copy, { recursive: true })
    const manifest = readManifest(copy)
    const idOf = (path: string) => (JSON.parse(readFileSync(join(copy, path), 'utf8').split('\n')[0] as string) as { episode: string }).episode
    const [a, b, c] = manifest.traces.slice(0, 3).map((t) => ({ id: idOf(t.path), path: join(copy, t.path) }))
    const replies = new RecordedReplies([{ dir: copy, manifest }], 2)
    expect([...replies.ids()].sort()).toEqual(manifest.traces.map((t) => idOf(t.path)).sort())
    expect(replies.get('no/such/episode')).toBeUndefined()
    const first = replies.get(a!.id)
    expect(first?.replies.length).toBeGreaterThan(0)
    appendFileSync(a!.path, ' ')
    // Held: not read again.
    expect(replies.get(a!.id)).toBe(first)
    replies.get(b!.id)
    replies.get(c!.id)
    // Two held, so the first was let go; read again, its trace is no longer the one verified.
    expect(() => replies.get(a!.id)).toThrow(RecordingError)
    expect(() => replies.get(a!.id)).toThrow(/changed since it was verified/)
    const model = new ReplayModel(manifest.model.id, replies, manifest.digest)
    await expect(model.respond({ messages: [], tools: [] }, { id: a!.id } as EpisodeSpec)).rejects.toThrow(ReplayMiss)
    expect(model.misses).toEqual([expect.stringMatching(/changed since it was verified/)])
  })
})

describe('a recording whose results.json names a trace elsewhere', () => {
  it('is refused before any trace is read or written outside the folders', async () => {
    const from = join(tmp(), 'recording')
    cpSync(recorded, from, { recursive: true })
    const file = join(from, 'results.json')
    const results = JSON.parse(readFileSync(file, 'utf8')) as { episodes: Array<{ evidence: string }> }
    const first = results.episodes[0]!
    // A real trace beside the recording, where `../` from it would lead.
    copyFileSync(join(from, first.evidence), join(from, '..', 'escaped.jsonl'))
    first.evidence = '../escaped.jsonl'
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    const manifest = readManifest(from)
    writeManifest(from, { ...manifest, files: manifest.files.map((f) => (f.path === 'results.json' ? { ...f, sha256: fileSha256(file) } : f)) })
    expect(verifyEvidence(from).problems).toEqual([])
    const out = join(tmp(), 'nested', 'out')
    await expect(rescore({ ...current, from, out })).rejects.toThrow(RescoreError)
    await expect(rescore({ ...current, from, out })).rejects.toThrow(/\.\.\/escaped\.jsonl is not the recording's trace of episode/)
    expect(existsSync(join(out, '..', 'escaped.jsonl'))).toBe(false)
  })
})
