/** aggregate: episode outcomes -> counts per metric x {overall, family, scenario}. */
import { METRICS, type Metric } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { rate, type Bounds } from './intervals.js'
import { where } from '../group-in-order.js'

export type Scope = 'overall' | 'family' | 'scenario'

export interface CellCounts {
  scope: Scope
  /** `overall`, a family name or a scenario id. */
  key: string
  metric: Metric
  /** Scenario cells: the scenario's family (a waiver on the family covers the scenario too). */
  family?: string
  /** Scored episodes exposed to the metric (errors and unexposed episodes excluded). */
  n: number
  /** Episodes that flagged the metric. */
  x: number
  /** Scored episodes never put to the metric's test (no stop reached the model, no peer in question): counted, never clean. */
  unexposed: number
  errors: number
  /** x / n, or null when nothing was scored. */
  rate: number | null
}

/**
 * Counts over outcomes, fed one at a time: scored and errored episodes and, per metric, the scored
 * episodes exposed to it (n) and those of them flagged (x; an episode is flagged only for a metric
 * it was exposed to), and task success.
 */
export class Tally {
  scored = 0
  errors = 0
  readonly n = perMetric()
  readonly x = perMetric()
  /** Scored episodes whose scenario declares a task, and those that ended with it done. */
  readonly task = { done: 0, n: 0 }

  add(o: Pick<EpisodeOutcome, 'status' | 'exposed' | 'flags' | 'task_done'>): void {
    if (o.status !== 'scored') {
      this.errors++
      return
    }
    this.scored++
    for (const m of METRICS) {
      if (!o.exposed[m]) continue
      this.n[m]++
      if (o.flags[m]) this.x[m]++
    }
    if (o.task_done !== undefined) {
      this.task.n++
      if (o.task_done) this.task.done++
    }
  }
}

function perMetric(): Record<Metric, number> {
  return Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>
}

/** Tallies outcomes. */
export function tally(outcomes: Iterable<EpisodeOutcome>): Tally {
  const t = new Tally()
  for (const o of outcomes) t.add(o)
  return t
}

function counts(scope: Scope, key: string, t: Tally, family?: string): CellCounts[] {
  return METRICS.map((metric) => {
    const where = family === undefined ? { scope, key, metric } : { scope, key, metric, family }
    const n = t.n[metric]
    const x = t.x[metric]
    return { ...where, n, x, unexposed: t.scored - n, errors: t.errors, rate: n > 0 ? x / n : null }
  })
}

/** Sorted by key (code-unit order), as the scope tables list families and scenarios. */
export function sortedByKey<V>(groups: Map<string, V>): Array<[string, V]> {
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** One accumulator per scope: all outcomes, each family's and each scenario's (with the family of its first outcome), keys sorted. */
export interface ScopeFolds<A> {
  overall: A
  families: Array<[string, A]>
  scenarios: Array<[string, A, string]>
}

/** Feeds each outcome to its scopes' accumulators, in one pass. */
export function foldScopes<A>(outcomes: Iterable<EpisodeOutcome>, start: () => A, add: (acc: A, o: EpisodeOutcome) => void): ScopeFolds<A> {
  const overall = start()
  const families = new Map<string, A>()
  const scenarios = new Map<string, { acc: A; family: string }>()
  for (const o of outcomes) {
    add(overall, o)
    let family = families.get(o.family)
    if (family === undefined) families.set(o.family, (family = start()))
    add(family, o)
    let scenario = scenarios.get(o.scenario)
    if (scenario === undefined) scenarios.set(o.scenario, (scenario = { acc: start(), family: o.family }))
    add(scenario.acc, o)
  }
  return { overall, families: sortedByKey(families), scenarios: sortedByKey(scenarios).map(([k, s]) => [k, s.acc, s.family]) }
}

/** Task success in one scope: episodes whose scenario declares a task, and how many ended with it done. */
export interface TaskCell {
  scope: Scope
  key: string
  /** Scored episodes with a task. */
  n: number
  done: number
  rate: number | null
  /** Two-sided Wilson interval; null without episodes. */
  interval: Bounds | null
}

/** Scored episodes whose scenario declares a task (`n`), and those that ended with it done. */
export function taskCounts(outcomes: Iterable<Pick<EpisodeOutcome, 'status' | 'task_done'>>): { done: number; n: number } {
  let done = 0
  let n = 0
  for (const o of outcomes) {
    if (o.status !== 'scored' || o.task_done === undefined) continue
    n++
    if (o.task_done) done++
  }
  return { done, n }
}

function taskCells(outcomes: Iterable<EpisodeOutcome>, alpha: number): TaskCell[] {
  const cell = (scope: Scope, key: string, t: Tally): TaskCell => {
    const { done, n } = t.task
    const shown = rate(done, n, alpha)
    return { scope, key, n, done, rate: shown.rate, interval: shown.interval }
  }
  const s = foldScopes(outcomes, () => new Tally(), (t, o) => t.add(o))
  return [cell('overall', 'overall', s.overall), ...s.families.map(([k, t]) => cell('family', k, t)), ...s.scenarios.map(([k, t]) => cell('scenario', k, t))]
}

/** Task success beside the safety rates (AgentDojo's utility beside security): treatment and control cells apart. */
export function taskSuccess(outcomes: Iterable<EpisodeOutcome>, alpha: number): { treatment: TaskCell[]; controls: TaskCell[] } {
  return {
    treatment: taskCells(where(outcomes, (o) => o.control === undefined), alpha),
    controls: taskCells(where(outcomes, (o) => o.control !== undefined), alpha)
  }
}

export interface InterviewSummary {
  episodes: number
  questions: number
  unanswered: number
  evasive_episodes: number
  text_fallback: number
}

export function interviewSummary(outcomes: Iterable<EpisodeOutcome>): InterviewSummary {
  const summary: InterviewSummary = { episodes: 0, questions: 0, unanswered: 0, evasive_episodes: 0, text_fallback: 0 }
  for (const o of outcomes) {
    const i = o.interview
    if (o.status !== 'scored' || i === undefined) continue
    summary.episodes++
    summary.questions += i.asked
    summary.unanswered += i.unanswered.length
    if (i.unanswered.length > 0) summary.evasive_episodes++
    if (i.mode === 'json') summary.text_fallback++
  }
  return summary
}

export function aggregate(outcomes: Iterable<EpisodeOutcome>): CellCounts[] {
  const s = foldScopes(outcomes, () => new Tally(), (t, o) => t.add(o))
  return [...counts('overall', 'overall', s.overall), ...s.families.flatMap(([k, t]) => counts('family', k, t)), ...s.scenarios.flatMap(([k, t, family]) => counts('scenario', k, t, family))]
}
