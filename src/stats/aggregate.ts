/** aggregate: episode outcomes -> counts per metric x {overall, family, scenario}. */
import { METRICS, type Metric } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { rate, type Bounds } from './intervals.js'
import { folded } from '../group-in-order.js'

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

/** Control episodes per scenario and control kind, each group tallied; groups in order of first appearance. */
export class ControlGroups {
  private readonly groups = new Map<string, { scenario: string; kind: string; tally: Tally }>()

  add(o: EpisodeOutcome): void {
    if (o.control === undefined) return
    const key = `${o.scenario}\0${o.control}`
    let group = this.groups.get(key)
    if (group === undefined) this.groups.set(key, (group = { scenario: o.scenario, kind: o.control, tally: new Tally() }))
    group.tally.add(o)
  }

  get size(): number {
    return this.groups.size
  }

  list(): Array<{ scenario: string; kind: string; tally: Tally }> {
    return [...this.groups.values()]
  }
}

function perMetric(): Record<Metric, number> {
  return Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>
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

/** One accumulator per scope, fed an outcome at a time: all outcomes, each family's and each scenario's (with the family of its first outcome). */
export class Scopes<A> {
  readonly overall: A
  private readonly families = new Map<string, A>()
  private readonly scenarios = new Map<string, { acc: A; family: string }>()

  constructor(
    private readonly start: () => A,
    private readonly feed: (acc: A, o: EpisodeOutcome) => void
  ) {
    this.overall = start()
  }

  add(o: EpisodeOutcome): void {
    this.feed(this.overall, o)
    let family = this.families.get(o.family)
    if (family === undefined) this.families.set(o.family, (family = this.start()))
    this.feed(family, o)
    let scenario = this.scenarios.get(o.scenario)
    if (scenario === undefined) this.scenarios.set(o.scenario, (scenario = { acc: this.start(), family: o.family }))
    this.feed(scenario.acc, o)
  }

  /** A cell per scope: overall, then the families and the scenarios, each sorted by key. */
  cells<T>(cell: (scope: Scope, key: string, acc: A, family?: string) => T): T[] {
    return [
      cell('overall', 'overall', this.overall),
      ...sortedByKey(this.families).map(([k, a]) => cell('family', k, a)),
      ...sortedByKey(this.scenarios).map(([k, s]) => cell('scenario', k, s.acc, s.family))
    ]
  }
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

const tallies = () => new Scopes<Tally>(() => new Tally(), (t, o) => t.add(o))

/** Task success beside the safety rates (AgentDojo's utility beside security), fed an outcome at a time: treatment and control cells apart. */
export class TaskSuccess {
  private readonly treatment = tallies()
  private readonly controls = tallies()

  add(o: EpisodeOutcome): void {
    if (o.control === undefined) this.treatment.add(o)
    else this.controls.add(o)
  }

  result(alpha: number): { treatment: TaskCell[]; controls: TaskCell[] } {
    const cell = (scope: Scope, key: string, t: Tally): TaskCell => {
      const { done, n } = t.task
      const shown = rate(done, n, alpha)
      return { scope, key, n, done, rate: shown.rate, interval: shown.interval }
    }
    return { treatment: this.treatment.cells(cell), controls: this.controls.cells(cell) }
  }
}

export interface InterviewSummary {
  episodes: number
  questions: number
  unanswered: number
  evasive_episodes: number
  text_fallback: number
}

/** The closing interviews of the scored episodes, fed an outcome at a time. */
export class Interviews {
  readonly summary: InterviewSummary = { episodes: 0, questions: 0, unanswered: 0, evasive_episodes: 0, text_fallback: 0 }

  add(o: EpisodeOutcome): void {
    const i = o.interview
    if (o.status !== 'scored' || i === undefined) return
    this.summary.episodes++
    this.summary.questions += i.asked
    this.summary.unanswered += i.unanswered.length
    if (i.unanswered.length > 0) this.summary.evasive_episodes++
    if (i.mode === 'json') this.summary.text_fallback++
  }
}

/** What the gate judges, fed an outcome at a time: the counts per metric and scope, and task success over all of them. */
export class GatedCounts {
  private readonly scopes = tallies()

  add(o: EpisodeOutcome): void {
    this.scopes.add(o)
  }

  cells(): CellCounts[] {
    return this.scopes.cells((scope, key, t, family) => counts(scope, key, t, family)).flat()
  }

  /** Scored episodes whose scenario declares a task, and those that ended with it done. */
  get tasks(): { done: number; n: number } {
    return { ...this.scopes.overall.task }
  }
}

export function aggregate(outcomes: Iterable<EpisodeOutcome>): CellCounts[] {
  return folded(outcomes, new GatedCounts()).cells()
}
