/**
 * The scheduler: runs a plan's episodes through one model, up to `concurrency` at a time (calls
 * inside an episode stay in order), and hands each finished episode to the caller in plan order, so
 * results.json does not depend on which episode finished first. Budgets stop the scheduling of new
 * episodes; the wall-clock budget also aborts the episodes in flight, which are then dropped, not
 * reported as errors: they did not fail, the run ran out of time. A model that cannot serve the run
 * at all (unreachable, rejected key) stops it: runEpisodes then throws the model's reason.
 */
import type { Episodes, EpisodeSpec } from '../scenario/plan.js'
import type { Model } from '../providers/types.js'
import { BudgetMeter, type BudgetStop } from './budget.js'
import { runEpisode } from './episode.js'
import { guardReplies } from './reply-guard.js'
import { Watchdog } from './watchdog.js'
import { knownSecrets } from '../report/secrets.js'
import type { EpisodeResult } from './trace.js'

export interface ScheduleOptions {
  /** Called once per finished episode, in plan order. */
  onEpisode: (result: EpisodeResult) => void
  /** Episodes in parallel (default 1). */
  concurrency?: number
  /** The run's budgets; shared when a run schedules several batches. */
  meter?: BudgetMeter
}

export interface ScheduleResult {
  /** Episodes handed to onEpisode. */
  ran: number
  stopped?: BudgetStop
}

/** Episodes finish in any order; this hands them on in plan order. */
class InOrder {
  /** Finished episodes waiting for an earlier one; null: aborted, nothing to hand on. */
  private readonly waiting = new Map<number, EpisodeResult | null>()
  private nextIndex = 0
  delivered = 0

  constructor(private readonly deliver: (r: EpisodeResult) => void) {}

  put(i: number, r: EpisodeResult | null): void {
    this.waiting.set(i, r)
    while (this.waiting.has(this.nextIndex)) this.take(this.nextIndex++)
  }

  /** After a stop, nothing earlier is still coming: hand on the rest. */
  finish(): void {
    for (const i of [...this.waiting.keys()].sort((a, b) => a - b)) this.take(i)
  }

  private take(i: number): void {
    const result = this.waiting.get(i)
    this.waiting.delete(i)
    if (!result) return
    this.deliver(result)
    this.delivered++
  }
}

/**
 * A scripted model answers without waiting on anything, so its episodes run back to back in
 * microtasks and the event loop never turns: timers wait, and a worker's output (the progress lines)
 * stayed in the worker until the run ended. The loop turns once every this many episodes.
 */
const EPISODES_PER_TURN = 32

export async function runEpisodes(episodes: Episodes, model: Model, opts: ScheduleOptions): Promise<ScheduleResult> {
  const meter = opts.meter ?? new BudgetMeter()
  const order = new InOrder(opts.onEpisode)
  const guarded = guardReplies(model, knownSecrets())
  let started = 0
  let finished = 0
  const worker = async () => {
    while (meter.stopped === undefined && model.unavailable === undefined && started < episodes.length) {
      const i = started++
      const watchdog = new Watchdog({ signal: meter.signal, ...(meter.deadline === undefined ? {} : { deadline: meter.deadline }) })
      const result = await runEpisode(episodes.at(i) as EpisodeSpec, guarded, meter.signal, watchdog)
      meter.checkWall()
      if (meter.signal.aborted) {
        order.put(i, null)
        continue
      }
      meter.account(result.usage)
      order.put(i, result)
      if (++finished % EPISODES_PER_TURN === 0) await new Promise((turned) => setImmediate(turned))
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 1, episodes.length)) }, worker))
  order.finish()
  // Every further episode would fail the same way: the run stops with the provider's reason.
  if (model.unavailable) throw model.unavailable
  return meter.stopped === undefined ? { ran: order.delivered } : { ran: order.delivered, stopped: meter.stopped }
}
