/**
 * Running a sequential plan look by look: before each look, run episodes until the scored count
 * reaches the look's n (errored and control episodes do not count, so the batch is topped up);
 * after it, decide, and stop once no gated cell is pending, the plan runs out, or a budget stops
 * the run. The caller supplies the running and the judging, so this knows no runner or provider.
 */
import type { Look, Verdict } from './decide.js'
import { needsMoreEpisodes } from './decide.js'
import type { SequentialPlan } from './sequential.js'

export interface BatchResult<S> {
  ran: number
  /** Set when a budget stopped the run. */
  stopped?: S
}

export interface LookRunner<E, S> {
  /** The episodes in the order to run them (every prefix a balanced sample). */
  episodes: readonly E[]
  runBatch: (batch: readonly E[]) => Promise<BatchResult<S>>
  /** Scored episodes so far that count towards the design's n. */
  scored: () => number
  decideAt: (look: Look) => Verdict
}

export async function runLooks<E, S>(plan: SequentialPlan, r: LookRunner<E, S>): Promise<BatchResult<S> & { verdict: Verdict }> {
  let next = 0
  let ran = 0
  let stopped: S | undefined
  for (let index = 0; ; index++) {
    const target = plan.looks[index] ?? 0
    while (r.scored() < target && next < r.episodes.length && stopped === undefined) {
      const batch = r.episodes.slice(next, next + target - r.scored())
      next += batch.length
      const result = await r.runBatch(batch)
      ran += result.ran
      stopped = result.stopped
    }
    const final = index === plan.looks.length - 1 || next >= r.episodes.length || stopped !== undefined
    const verdict = r.decideAt({ plan, index, final })
    if (final || !needsMoreEpisodes(verdict)) return stopped === undefined ? { verdict, ran } : { verdict, ran, stopped }
  }
}

/** Trials of the suite needed to supply `maxEpisodes` scored episodes with room for errors up to the cap. */
export function trialsFor(maxEpisodes: number, perTrial: number, maxErrorRate: number): number {
  return Math.ceil((maxEpisodes * (1 + maxErrorRate)) / Math.max(1, perTrial)) + 1
}
