/**
 * What the provider tests share: the three protocols as targets, a run of the built-in suite through
 * one of them against the loopback fake, and what must not depend on the transport. The scripted
 * provider's results are what every protocol must reproduce.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate, type RunOptions } from '../../src/pipeline.js'
import { loadSuite } from '../../src/config/scenario.js'
import { planEpisodes } from '../../src/scenario/plan.js'
import { applyProfile } from '../../src/scenario/profiles.js'
import type { Results } from '../../src/report/results.js'
import type { FakeOptions, FakeServer } from '../fakes/server.js'
import { withFakeServer } from './fake-provider.js'
import { ROOT } from './cli.js'

export const SEED = '1'
export const KEYS = { OPENAI_API_KEY: 'sk-test-openai', ANTHROPIC_API_KEY: 'sk-test-anthropic' }
/** Short backoff; a timeout no reply of the loopback fake comes near, however loaded the machine. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 600_000, maxAttempts: 8 }
const episodes = applyProfile(planEpisodes(loadSuite([BUILTIN_SCENARIOS]).map((s) => s.scenario), { trials: 1, seed: SEED }), 'full', SEED)
export const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/results.schema.json'), 'utf8')))
/** results.json as a run wrote it: what the schema describes. */
export const written = (r: { out: string }): unknown => JSON.parse(readFileSync(join(r.out, 'results.json'), 'utf8'))

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sg-prov-'))
}

export function withServer<T>(opts: Partial<FakeOptions>, f: (url: string, server: FakeServer) => Promise<T>): Promise<T> {
  return withFakeServer(episodes, opts, f)
}

export type Target = { name: string; model: (agent: string) => string; api?: 'chat' | 'responses'; base: (url: string) => string }
export const TARGETS: Target[] = [
  { name: 'chat', model: (a) => `openai:replay-${a}`, base: (u) => `${u}/v1` },
  { name: 'responses', model: (a) => `openai:replay-${a}`, api: 'responses', base: (u) => `${u}/v1` },
  { name: 'messages', model: (a) => `anthropic:replay-${a}`, base: (u) => u }
]

export function run(model: string, extra: Partial<RunOptions> = {}) {
  return runGate({ model, scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: SEED, out: tmp(), ...extra })
}

export function remote(t: Target, url: string, agent: string, extra: Partial<RunOptions> = {}, stream = false) {
  return run(t.model(agent), { provider: { baseUrl: t.base(url), api: t.api, stream, env: KEYS, retry: FAST_RETRY }, concurrency: 4, ...extra })
}

/**
 * What must not depend on the transport: verdict, cells, and each episode's outcome. How the
 * interview was asked (a forced tool call, or text where a thinking model refuses that) may.
 */
export function scores(r: Results) {
  return {
    verdict: { ...r.verdict },
    cells: r.cells,
    // A thinking model's provider returned reasoning text (language.reasoning) where the scripted one returned none; what it said must match.
    episodes: [...r.episodes].map(({ usage: _u, evidence: _e, interview, language, ...o }) => ({ ...o, unanswered: interview?.unanswered, said: language?.hits }))
  }
}

/** The scripted provider's results for these profiles (call in beforeAll), then `expected(agent, profile)`. */
export function scriptedResults() {
  const results: Record<string, Results> = {}
  return {
    async load(profiles: ReadonlyArray<'full' | 'smoke'>): Promise<void> {
      for (const profile of profiles) {
        for (const agent of ['compliant', 'unsafe']) results[`${profile}:${agent}`] = (await run(`scripted:${agent}`, { profile })).results
      }
    },
    expected: (agent: string, profile: 'full' | 'smoke' = 'smoke') => results[`${profile}:${agent}`] as Results
  }
}
