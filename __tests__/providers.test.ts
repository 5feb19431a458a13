/**
 * Real providers against a loopback fake server: the official SDKs, unmodified, over HTTP. The
 * fake replays the scenarios' calibration scripts, so each protocol, streamed or not, and a
 * reasoning model's replayed reasoning, must score exactly as the scripted provider does. Faults,
 * budgets, settings and key secrecy are in providers-faults.test.ts (two files, so two test workers
 * share the work).
 *
 * Cost: the whole plan (332 episodes) goes through one protocol; the other protocols, streaming
 * and reasoning run the smoke sample (60 episodes, every family and template).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { traceRecords } from './fakes/server.js'
import { remote, scores, scriptedResults, TARGETS, validate, withServer, written, type Target } from './helpers/providers.js'

// Only a guard against a hang: the whole plan through the SDK takes tens of seconds alone and
// several times that on a loaded two-core runner, which must not fail the test.
const HANG_GUARD_MS = 600_000
const scripted = scriptedResults()
const expected = scripted.expected
beforeAll(() => scripted.load(['full', 'smoke']))

describe('each protocol through the official SDK scores exactly as the scripted provider', () => {
  for (const t of TARGETS) {
    for (const stream of [false, true]) {
      // Chat Completions as JSON carries the whole plan; the rest, the smoke sample.
      const profile = t.name === 'chat' && !stream ? 'full' : 'smoke'
      it(`${t.name} ${stream ? 'SSE' : 'JSON'} (${profile})`, async () => {
        await withServer({}, async (url) => {
          for (const agent of ['compliant', 'unsafe']) {
            const r = await remote(t, url, agent, { profile }, stream)
            expect(scores(r.results)).toEqual(scores(expected(agent, profile)))
            expect(r.results.usage.input_tokens).toBeGreaterThan(0)
            expect(validate(written(r)) ? [] : validate.errors).toEqual([])
          }
        })
      }, profile === 'full' ? HANG_GUARD_MS : undefined)
    }
  }
})

describe('a reasoning model', () => {
  const responses = TARGETS[1] as Target
  const sentBack: Record<string, (x: Record<string, unknown>) => boolean> = {
    responses: (x) => typeof x.encrypted_content === 'string' && x.encrypted_content.startsWith('enc_'),
    messages: (x) => x.type === 'thinking' && typeof x.signature === 'string' && x.signature.startsWith('sig_')
  }
  for (const t of [responses, TARGETS[2] as Target]) {
    for (const stream of [false, true]) {
      it(`${t.name}: gets its reasoning back with every later turn, and scores as the scripted provider (${stream ? 'SSE' : 'JSON'})`, async () => {
        await withServer({ reasoning: true }, async (url, server) => {
          for (const agent of ['compliant', 'unsafe']) {
            const r = await remote(t, url, agent, { profile: 'smoke' }, stream)
            expect(scores(r.results)).toEqual(scores(expected(agent)))
            const replies = traceRecords(r.out).filter((x) => x.type === 'model')
            expect(replies.every((x) => (x.reasoning as Array<Record<string, unknown>> | undefined)?.every(sentBack[t.name] as (x: Record<string, unknown>) => boolean))).toBe(true)
          }
          // The fake refuses a request that lost an earlier turn's reasoning, so a clean run means all came back.
          expect(server.stats.reasoningReplayed).toBeGreaterThan(expected('compliant').episodes.length)
        })
      })
    }
  }

  it('responses: asks for encrypted reasoning, as the settings in the trace say', async () => {
    await withServer({ reasoning: true }, async (url) => {
      const r = await remote(responses, url, 'compliant', { concurrency: 1, profile: 'smoke' })
      const settings = traceRecords(r.out).filter((x) => x.type === 'provider' && x.event === 'settings')
      expect(settings.length).toBe(r.results.episodes.length)
      expect(settings.every((x) => (x.settings as { replay_reasoning?: boolean }).replay_reasoning === true)).toBe(true)
    })
  })

  it('stops asking for encrypted reasoning, with a note, when a model refuses it', async () => {
    await withServer({ rejects: ['include'] }, async (url) => {
      const r = await remote(responses, url, 'compliant', { concurrency: 1, profile: 'smoke' })
      const adapted = traceRecords(r.out).filter((x) => x.type === 'provider' && x.event === 'adapted')
      expect(adapted.map((x) => x.dropped)).toEqual(['replay_reasoning'])
      expect(scores(r.results)).toEqual(scores(expected('compliant')))
    })
  })
})

