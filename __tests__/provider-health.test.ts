/**
 * Failing fast on a provider that cannot serve the run: a wrong base URL, a rejected key, a model
 * the server does not have. The official SDKs run unmodified against the loopback fake (or against
 * a port nothing listens on). Nothing here reads the clock: "within seconds" is shown by counting
 * attempts and the waits the retry layer scheduled, with the jitter pinned.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate, type RunOptions } from '../src/pipeline.js'
import { loadSuite } from '../src/config/scenario.js'
import { planEpisodes } from '../src/scenario/plan.js'
import { CONSECUTIVE_FAILURES, PREFLIGHT_CONNECTION_ATTEMPTS, ProviderHealth, ProviderUnavailableError } from '../src/providers/health.js'
import { classify } from '../src/providers/retry.js'
import { FakeServer, traceRecords, type FakeOptions } from './fakes/server.js'
import { withFakeServer } from './helpers/fake-provider.js'
import { cliAsync } from './helpers/cli.js'

const KEY = 'sk-test-health'
/** Backoff with the jitter pinned to its floor: the waits are exact, so their sum is a bound on the time spent waiting. */
const PINNED = { baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 5000, maxAttempts: 6, random: () => 0 }
const SCENARIO = join(BUILTIN_SCENARIOS, 'SR-01-math-queue-shutdown.yaml')
const episodes = planEpisodes(loadSuite([SCENARIO]).map((s) => s.scenario), { trials: 1, seed: '1' })

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sg-health-'))
}

/** A loopback port with nothing listening on it: connecting is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as { port: number }
  await new Promise<void>((ok) => server.close(() => ok()))
  return port
}

function run(model: string, baseUrl: string, extra: Partial<RunOptions> = {}) {
  const out = tmp()
  const opts: RunOptions = { model, scenarios: [SCENARIO], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: '1', out, provider: { baseUrl, env: { OPENAI_API_KEY: KEY }, retry: PINNED }, ...extra }
  return { out, result: runGate(opts) }
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (e) {
    return e as Error
  }
  throw new Error('the run did not fail')
}

function withServer<T>(opts: Partial<FakeOptions>, f: (url: string, server: FakeServer) => Promise<T>): Promise<T> {
  return withFakeServer(episodes, opts, f)
}

describe('the first request is a preflight', () => {
  it('connection refused: stops after 3 attempts and at most 1.5 s of backoff, naming the URL and the flag', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`
    const { out, result } = run('openai:replay-compliant', url, { concurrency: 4 })
    const e = await failure(result)
    expect(e).toBeInstanceOf(ProviderUnavailableError)
    expect(e.message).toContain(`cannot reach ${url} (ECONNREFUSED`)
    expect(e.message).toContain('--base-url')
    expect(e.message).toContain(`(${PREFLIGHT_CONNECTION_ATTEMPTS} attempts)`)
    const retries = traceRecords(out).filter((r) => r.type === 'provider' && r.event === 'retry')
    expect(retries.map((r) => r.attempt)).toEqual([1, 2])
    expect(retries.reduce((ms, r) => ms + (r.wait_ms as number), 0)).toBeLessThanOrEqual(1500)
    // The other three workers waited for the preflight, then ended their episodes without a request.
    const ends = traceRecords(out).filter((r) => r.type === 'end')
    expect(ends).toHaveLength(4)
    expect(ends.every((r) => r.reason === 'error' && String(r.error).startsWith('cannot reach'))).toBe(true)
  })

  it('401: stops on the first attempt, naming the key variable and never the key', async () => {
    await withServer({ echoAuth: true }, async (url, server) => {
      const e = await failure(run('openai:replay-compliant', `${url}/v1`, { concurrency: 4 }).result)
      expect(e).toBeInstanceOf(ProviderUnavailableError)
      expect(e.message).toMatch(/rejects the key in OPENAI_API_KEY .*Set a valid key in OPENAI_API_KEY/)
      expect(e.message).not.toContain(KEY)
      expect(server.stats.requests).toBe(1)
    })
  })

  it('404: names the model and the base URL', async () => {
    await withServer({ models: ['replay-compliant'] }, async (url, server) => {
      const e = await failure(run('openai:gpt-typo', `${url}/v1`).result)
      expect(e).toBeInstanceOf(ProviderUnavailableError)
      expect(e.message).toContain(`${url}/v1 has no model \`gpt-typo\``)
      expect(server.stats.requests).toBe(1)
    })
  })
})

describe('during a run', () => {
  it(`stops after ${CONSECUTIVE_FAILURES} consecutive auth failures (a key revoked mid-run)`, async () => {
    await withServer({ revokeAfter: 12 }, async (url, server) => {
      const e = await failure(run('openai:replay-compliant', `${url}/v1`).result)
      expect(e).toBeInstanceOf(ProviderUnavailableError)
      expect(e.message).toContain(`after ${CONSECUTIVE_FAILURES} consecutive failed attempts`)
      expect(server.stats.requests).toBe(12 + CONSECUTIVE_FAILURES)
    })
  })

  it('counts only connection and auth failures: 429s and 5xx keep their retries, and an answer resets the count', () => {
    const health = new ProviderHealth({ url: 'http://x/v1', model: 'm', keyVariable: 'OPENAI_API_KEY' })
    health.succeeded()
    const refused = classify({ message: 'Connection error.', cause: { code: 'ECONNREFUSED' } })
    const overloaded = classify({ status: 529, message: 'overloaded' })
    expect(refused).toMatchObject({ kind: 'transient', unreachable: 'connection', code: 'ECONNREFUSED' })
    for (let i = 0; i < 50; i++) health.failed(classify({ status: 429, message: 'slow down' }))
    for (let i = 0; i < CONSECUTIVE_FAILURES - 1; i++) health.failed(refused)
    health.failed(overloaded)
    for (let i = 0; i < CONSECUTIVE_FAILURES - 1; i++) health.failed(refused)
    expect(health.down).toBeUndefined()
    expect(() => health.failed(refused)).toThrow(ProviderUnavailableError)
    expect(() => health.check()).toThrow(/cannot reach http:\/\/x\/v1/)
  })

  it('reads the DNS failure through the SDK error chain', () => {
    expect(classify({ message: 'Connection error.', cause: { cause: { code: 'ENOTFOUND' } } })).toMatchObject({ unreachable: 'connection', code: 'ENOTFOUND' })
    expect(classify({ message: 'request timed out' }).unreachable).toBeUndefined()
  })
})

describe('the CLI', () => {
  it('exits 2 on a refused connection, with the URL and no stack', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`
    const r = await cliAsync(['run', '--model', 'openai:gpt-5', '--base-url', url, '--profile', 'smoke', '--out', tmp()], { env: { OPENAI_API_KEY: KEY } })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`scheming-gate: cannot reach ${url}`)
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })

  it('exits 2 on a rejected key, naming OPENAI_API_KEY', async () => {
    await withServer({ echoAuth: true }, async (url) => {
      const r = await cliAsync(['run', '--model', 'openai:replay-compliant', '--base-url', `${url}/v1`, '--scenarios', SCENARIO, '--out', tmp()], { env: { OPENAI_API_KEY: KEY } })
      expect(r.status).toBe(2)
      expect(r.stderr).toContain('OPENAI_API_KEY')
      expect(r.stderr).not.toContain(KEY)
    })
  })
})
