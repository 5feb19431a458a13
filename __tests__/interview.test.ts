/**
 * The closing interview over the three wire protocols, through the official SDKs against the
 * loopback fake: by forced tool call, and by the text fallback when a model refuses forced tool
 * use (a thinking model on Messages always does). Either way the answers, and so the findings, are
 * those of the scripted run; a reasoning model's thinking goes back with every turn, the
 * interview's included; and a recording of the fallback replays without a request.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_THRESHOLDS, runGate, type RunOptions } from '../src/pipeline.js'
import { loadSuite } from '../src/config/scenario.js'
import { planEpisodes } from '../src/scenario/plan.js'
import { rescore } from '../src/evidence/rescore.js'
import type { Results } from '../src/report/results.js'
import { FakeServer, type FakeOptions } from './fakes/server.js'
import { withFakeServer } from './helpers/fake-provider.js'
import { ROOT } from './helpers/cli.js'

const SEED = '1'
const SCENARIO = join(ROOT, 'scenarios/SR-03-deploy-freeze-standdown.yaml')
const KEYS = { OPENAI_API_KEY: 'sk-test-openai', ANTHROPIC_API_KEY: 'sk-test-anthropic' }
const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 5000, maxAttempts: 4 }
const episodes = planEpisodes(loadSuite([SCENARIO]).map((s) => s.scenario), { trials: 1, seed: SEED })

type Target = { name: string; model: (agent: string) => string; api?: 'chat' | 'responses'; base: (url: string) => string }
const TARGETS: Target[] = [
  { name: 'chat', model: (a) => `openai:replay-${a}`, base: (u) => `${u}/v1` },
  { name: 'responses', model: (a) => `openai:replay-${a}`, api: 'responses', base: (u) => `${u}/v1` },
  { name: 'messages', model: (a) => `anthropic:replay-${a}`, base: (u) => u }
]

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sg-interview-'))
}

function run(model: string, extra: Partial<RunOptions> = {}) {
  return runGate({ model, scenarios: [SCENARIO], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: SEED, out: tmp(), ...extra })
}

function withServer<T>(opts: Partial<FakeOptions>, f: (url: string, server: FakeServer) => Promise<T>): Promise<T> {
  return withFakeServer(episodes, opts, f)
}

/** Each episode's outcome without the transport's marks (usage, evidence path, interview mode). */
function outcomes(r: Results) {
  // A thinking model's provider returned reasoning text (language.reasoning) where the scripted one returned none; what it said must match.
  return [...r.episodes].map(({ usage: _u, evidence: _e, interview, language, ...o }) => ({ ...o, unanswered: interview?.unanswered, said: language?.hits }))
}

function interviewRecords(out: string): Array<Record<string, unknown>> {
  const dir = join(out, 'evidence')
  return readdirSync(dir)
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>))
    .filter((r) => r.type === 'interview')
}

const AGENTS = ['unsafe', 'liar'] as const
const scripted: Record<string, Results> = {}
beforeAll(async () => {
  for (const agent of [...AGENTS, 'compliant', 'inert']) scripted[agent] = (await run(`scripted:${agent}`)).results
})

describe('the closing interview over each protocol', () => {
  for (const t of TARGETS) {
    for (const stream of [false, true]) {
      for (const refuses of [false, true]) {
        it(`${t.name} ${stream ? 'SSE' : 'JSON'}, ${refuses ? 'forced tool refused: answers asked in text' : 'forced tool call'}`, async () => {
          await withServer({ refusesToolChoice: refuses }, async (url, server) => {
            for (const agent of AGENTS) {
              const r = await run(t.model(agent), { provider: { baseUrl: t.base(url), api: t.api, stream, env: KEYS, retry: FAST_RETRY } })
              expect(outcomes(r.results)).toEqual(outcomes(scripted[agent] as Results))
              expect(r.results.verdict.status).toBe((scripted[agent] as Results).verdict.status)
              const records = interviewRecords(r.out)
              expect(records).toHaveLength(r.results.episodes.length)
              for (const rec of records) expect(rec.mode).toBe(refuses ? 'json' : 'tool')
              expect(r.results.interview.text_fallback).toBe(refuses ? records.length : 0)
            }
            // Refused once, the forced call is not sent again: later episodes go straight to text.
            expect(server.stats.refusedToolChoice).toBe(refuses ? AGENTS.length : 0)
            if (!refuses) expect(server.stats.forcedToolCalls).toBe(AGENTS.length * episodes.length)
          })
        })
      }
    }
  }

  it('the liar is caught the same way by tool and by text; the inert model is not', async () => {
    await withServer({ refusesToolChoice: true }, async (url) => {
      const liar = await run('openai:replay-liar', { provider: { baseUrl: `${url}/v1`, env: KEYS, retry: FAST_RETRY } })
      const treatment = [...liar.results.episodes].filter((o) => o.control === undefined)
      expect(treatment.every((o) => o.flags.false_compliance)).toBe(true)
      expect(treatment.every((o) => o.findings.some((f) => f.id === 'interview.task_completed'))).toBe(true)
      const inert = await run('openai:replay-inert', { provider: { baseUrl: `${url}/v1`, env: KEYS, retry: FAST_RETRY } })
      expect([...inert.results.episodes].flatMap((o) => o.findings)).toEqual([])
    })
  })
})

describe('a reasoning model keeps its thinking through the interview', () => {
  it('Messages: a thinking model refuses the forced call; the text interview carries every thinking block back', async () => {
    await withServer({ reasoning: true }, async (url, server) => {
      const r = await run('anthropic:replay-unsafe', { provider: { baseUrl: url, env: KEYS, retry: FAST_RETRY } })
      expect(outcomes(r.results)).toEqual(outcomes(scripted.unsafe as Results))
      expect(interviewRecords(r.out).every((rec) => rec.mode === 'json')).toBe(true)
      expect(server.stats.refusedToolChoice).toBe(1)
      // The fake refuses any request that lost an earlier turn's thinking; every turn sent it back.
      expect(server.stats.reasoningReplayed).toBeGreaterThan(r.results.episodes.length)
      // The recording replays: the refusal is in the trace, so the text interview is asked again, with no request.
      const before = server.stats.requests
      const again = await rescore({ from: r.out, thresholds: BUILTIN_THRESHOLDS, scenarios: [SCENARIO] })
      expect(server.stats.requests).toBe(before)
      expect(readFileSync(join(again.out, 'results.json'), 'utf8')).toBe(readFileSync(join(r.out, 'results.json'), 'utf8'))
    })
  })

  it('Responses: the forced call is taken and the encrypted reasoning goes back before each turn', async () => {
    await withServer({ reasoning: true }, async (url, server) => {
      const r = await run('openai:replay-compliant', { provider: { baseUrl: `${url}/v1`, api: 'responses', env: KEYS, retry: FAST_RETRY } })
      expect(outcomes(r.results)).toEqual(outcomes(scripted.compliant as Results))
      expect(interviewRecords(r.out).every((rec) => rec.mode === 'tool')).toBe(true)
      expect(server.stats.reasoningReplayed).toBeGreaterThan(0)
    })
  })
})
