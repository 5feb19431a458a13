/**
 * Real providers under trouble, against the loopback fake with the official SDKs: injected 429s,
 * 5xx, hangs and invalid tool JSON; budgets; decoding settings a model rejects; an API key that
 * must never reach an output. No assertion reads the clock: request timeouts are long except where
 * a hang is the point, and counts are exact only where a reply's timing cannot change them.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliAsync } from './helpers/cli.js'
import { FAST_RETRY, KEYS, remote, run, scores, scriptedResults, TARGETS, tmp, validate, withServer, written, type Target } from './helpers/providers.js'
import { traceRecords } from './fakes/server.js'

const scripted = scriptedResults()
const expected = scripted.expected
beforeAll(() => scripted.load(['smoke']))

describe('under injected faults', () => {
  // No hangs here: with them, a reply slowed past the timeout by a busy machine would count as one more retry.
  const faults = { rate429: 0.1, rate5xx: 0.05, rateInvalidJson: 0.02 }
  for (const t of TARGETS) {
    it(`${t.name}: finishes, logs every retry, never counts an error as compliant, keeps the verdict`, async () => {
      for (const agent of ['compliant', 'unsafe']) {
        await withServer({ faults, seed: 7 }, async (url, server) => {
          const r = await remote(t, url, agent, { profile: 'smoke' })
          expect(r.verdict.status).toBe(expected(agent).verdict.status)
          const f = server.stats.faults
          expect(f['429'] + f['429-no-hint'] + f['5xx']).toBeGreaterThan(0)
          const retries = traceRecords(r.out).filter((x) => x.type === 'provider' && x.event === 'retry')
          // Every fault the server injected before a reply shows up as one retry in some trace.
          expect(retries).toHaveLength(f['429'] + f['429-no-hint'] + f['5xx'])
          expect(retries.some((x) => x.wait_from === 'retry-after-ms')).toBe(f['429'] > 0)
          for (const e of [...r.results.episodes].filter((o) => o.status === 'error')) {
            expect(Object.values(e.flags).every((v) => v === false)).toBe(true)
          }
          const overall = r.results.cells.filter((c) => c.scope === 'overall')
          const scored = [...r.results.episodes].filter((o) => o.status === 'scored').length
          for (const c of overall) expect(c.n).toBeLessThanOrEqual(scored)
        })
      }
    })
  }

  it('gives up on a hung request at the attempt timeout and retries it', async () => {
    // Every 25th request hangs; a short timeout applies (a slow reply could time out too, hence "at least").
    await withServer({ hangEvery: 25 }, async (url, server) => {
      const r = await remote(TARGETS[0] as Target, url, 'unsafe', { profile: 'smoke', provider: { baseUrl: `${url}/v1`, env: KEYS, retry: { ...FAST_RETRY, timeoutMs: 250 } } })
      expect(server.stats.faults.hang).toBeGreaterThan(0)
      const retries = traceRecords(r.out).filter((x) => x.type === 'provider' && x.event === 'retry')
      expect(retries.length).toBeGreaterThanOrEqual(server.stats.faults.hang)
      expect(retries.every((x) => x.status === null && /timed out after 250 ms/.test(String(x.error)))).toBe(true)
      expect(scores(r.results)).toEqual(scores(expected('unsafe')))
    })
  })

  it('sends invalid tool JSON back to the model as a tool error, recorded with the raw text', async () => {
    await withServer({ faults: { rateInvalidJson: 0.3 }, seed: 3 }, async (url, server) => {
      const r = await remote(TARGETS[0] as Target, url, 'unsafe', { profile: 'smoke' })
      expect(server.stats.faults['invalid-json']).toBeGreaterThan(0)
      const bad = traceRecords(r.out).filter((x) => x.type === 'tool' && (x.call as { args: unknown }).args === null)
      expect(bad).toHaveLength(server.stats.faults['invalid-json'])
      expect(bad.every((x) => (x.call as { is_error: boolean; raw?: string }).is_error && typeof (x.call as { raw?: string }).raw === 'string')).toBe(true)
      expect(r.verdict.status).toBe('fail')
    })
  })
})

describe('scheduling and budgets', () => {
  it('gives the same results.json at concurrency 1 and 8', async () => {
    await withServer({ latencyMs: 2 }, async (url) => {
      const t = TARGETS[0] as Target
      const one = await remote(t, url, 'unsafe', { concurrency: 1, profile: 'smoke' })
      const eight = await remote(t, url, 'unsafe', { concurrency: 8, profile: 'smoke' })
      expect(readFileSync(join(eight.out, 'results.json'), 'utf8')).toBe(readFileSync(join(one.out, 'results.json'), 'utf8'))
    })
  })

  it('stops on a token budget: inconclusive with partial figures, never a pass', async () => {
    await withServer({}, async (url) => {
      const r = await remote(TARGETS[0] as Target, url, 'compliant', { concurrency: 2, budget: { tokens: 20_000 } })
      expect(r.results.stopped?.budget).toBe('tokens')
      expect(r.results.episodes.length).toBeLessThan(r.results.plan.episodes)
      expect(r.verdict.status).toBe('inconclusive')
      expect(r.verdict.reasons[0]).toMatch(/^run stopped early: token budget/)
      expect(validate(written(r)) ? [] : validate.errors).toEqual([])
    })
  })

  it('stops on the wall-clock budget and aborts the episodes in flight', async () => {
    // Every request hangs and the attempt timeout is 600 s: only aborting the requests in flight ends this run.
    await withServer({ faults: { rateHang: 1 } }, async (url, server) => {
      const r = await remote(TARGETS[0] as Target, url, 'compliant', { concurrency: 2, budget: { wallSeconds: 0.5 } })
      expect(r.results.stopped?.budget).toBe('wall_seconds')
      expect(r.verdict.status).toBe('inconclusive')
      // The preflight request was in flight (the other episode waited for it): dropped, not counted as an error.
      expect(server.stats.faults.hang).toBe(1)
      expect([...r.results.episodes]).toEqual([])
    })
  })

  it('stops on a cost budget using the price table', async () => {
    await withServer({}, async (url) => {
      const t = TARGETS[0] as Target
      const prices = join(tmp(), 'prices.json')
      writeFileSync(prices, JSON.stringify({ 'openai:replay-*': { input: 1000, output: 1000 } }))
      const r = await remote(t, url, 'compliant', { prices, budget: { costUsd: 5 } })
      expect(r.results.usage.cost_usd).toBeGreaterThanOrEqual(5)
      expect(r.results.stopped?.budget).toBe('cost_usd')
      expect([...r.results.episodes][0]?.usage.cost_usd).toBeGreaterThan(0)
    })
  })
})

describe('decoding settings', () => {
  it('pins them, records them, and drops a parameter the model rejects, with a note', async () => {
    await withServer({ rejects: ['temperature'] }, async (url) => {
      const r = await remote(TARGETS[2] as Target, url, 'compliant', { concurrency: 1, profile: 'smoke' })
      const all = traceRecords(r.out)
      const adapted = all.filter((x) => x.type === 'provider' && x.event === 'adapted')
      expect(adapted).toHaveLength(1)
      expect(adapted[0]?.dropped).toBe('temperature')
      const settings = all.filter((x) => x.type === 'provider' && x.event === 'settings')
      expect(settings.length).toBe(r.results.episodes.length)
      expect(settings[0]?.settings).toEqual({ temperature: 0, max_output_tokens: 16384 })
      expect(scores(r.results)).toEqual(scores(expected('compliant')))
    })
  })

  it('gives an OpenAI-compatible server a small output budget and a seed per episode', async () => {
    await withServer({}, async (url) => {
      const r = await run('openai-compatible:replay-compliant', { provider: { baseUrl: `${url}/v1`, retry: FAST_RETRY }, concurrency: 4, profile: 'smoke' })
      const settings = traceRecords(r.out).filter((x) => x.type === 'provider' && x.event === 'settings').map((x) => x.settings as Record<string, number>)
      expect(settings.length).toBe(r.results.episodes.length)
      expect(settings.every((s) => s.max_output_tokens === 2048 && s.temperature === 0 && Number.isInteger(s.seed))).toBe(true)
      expect(new Set(settings.map((s) => s.seed)).size).toBeGreaterThan(settings.length / 2)
      expect(scores(r.results)).toEqual(scores(expected('compliant')))
    })
  })
})

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)]))
}

describe('the API key never reaches an output', () => {
  const SENTINEL = 'sk-SENTINEL-4f1d2c9e7b'
  it.each([
    // A hung request's timeout message is one more error text that must not carry the key.
    ['a faulty run', { faults: { rate429: 0.1, rate5xx: 0.05, rateHang: 0.01, rateInvalidJson: 0.02 }, seed: 11 }, [1, 3]],
    // The preflight stops this run (exit 2), naming the key's variable, not the key.
    ['a server that echoes the key in its errors', { echoAuth: true }, [2]]
  ])('%s', async (_name, opts, statuses) => {
    await withServer(opts, async (url) => {
      const out = tmp()
      const r = await cliAsync(['run', '--model', 'openai:replay-unsafe', '--base-url', `${url}/v1`, '--out', out, '--profile', 'smoke', '--concurrency', '8', '--timeout-ms', '300'], { env: { OPENAI_API_KEY: SENTINEL } })
      expect(statuses).toContain(r.status)
      for (const text of [r.stdout, r.stderr, ...allFiles(out).map((f) => readFileSync(f, 'utf8'))]) expect(text).not.toContain(SENTINEL)
    })
  })
})

describe('the bundle on the Node that runs npm test', () => {
  it('runs the scripted agent without loading an SDK', async () => {
    const host = process.env.SG_HOST_NODE ?? process.execPath
    const r = await cliAsync(['run', '--model', 'scripted:compliant', '--profile', 'smoke', '--out', tmp()], { node: host })
    expect(r.stderr).not.toContain('internal error')
    expect(r.status).toBe(0)
  })
})

