/**
 * The scheduler hands finished episodes on in plan order and lets the event loop turn while a model
 * that never waits (the scripted one) runs episode after episode: otherwise timers, and the worker's
 * progress lines, would wait for the end of the run.
 */
import { describe, expect, it } from '@jest/globals'
import { BUILTIN_SCENARIOS } from '../src/pipeline.js'
import { loadSuite } from '../src/config/scenario.js'
import { planEpisodes } from '../src/scenario/plan.js'
import { createModel } from '../src/providers/index.js'
import { runEpisodes } from '../src/runner/scheduler.js'

const episodes = [...planEpisodes(loadSuite([BUILTIN_SCENARIOS]).map((s) => s.scenario), { trials: 1, seed: '1' })].slice(0, 100)

describe('runEpisodes', () => {
  it('lets the event loop turn every 32 episodes of a model that never waits, and hands every episode on in plan order', async () => {
    const delivered: string[] = []
    const seenAtTurns: number[] = []
    const turn = () =>
      setImmediate(() => {
        seenAtTurns.push(delivered.length)
        if (delivered.length < episodes.length) turn()
      })
    turn()
    const { ran } = await runEpisodes(episodes, createModel('scripted:compliant'), { onEpisode: (r) => delivered.push(r.spec.id) })
    expect(ran).toBe(episodes.length)
    expect(delivered).toEqual(episodes.map((e) => e.id))
    // A turn after each 32 episodes, before the run has ended (without them, the first turn came after all 100).
    expect(seenAtTurns.slice(0, 3)).toEqual([32, 64, 96])
  })
})
