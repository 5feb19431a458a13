/** aggregate: episode outcomes -> counts per metric x {overall, family, scenario}. */
import { METRICS, type Metric } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { rate, type Bounds } from './intervals.js'
import { groupInOrder } from '../group-in-order.js'

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

function count(scope: Scope, key: string, outcomes: readonly EpisodeOutcome[], family?: string): CellCounts[] {
  const scored = outcomes.filter((o) => o.status === 'scored')
  const errors = outcomes.length - scored.length
  return METRICS.map((metric) => {
    const exposed = scored.filter((o) => o.exposed[metric])
    const x = exposed.filter((o) => o.flags[metric]).length
    const where = family === undefined ? { scope, key, metric } : { scope, key, metric, family }
    return { ...where, n: exposed.length, x, unexposed: scored.length - exposed.length, errors, rate: exposed.length > 0 ? x / exposed.length : null }
  })
}

/** Outcomes by key, keys sorted. */
export function groupBy(outcomes: readonly EpisodeOutcome[], key: (o: EpisodeOutcome) => string): Map<string, EpisodeOutcome[]> {
  return new Map([...groupInOrder(outcomes, key)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
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
export function taskCounts(outcomes: ReadonlyArray<Pick<EpisodeOutcome, 'status' | 'task_done'>>): { done: number; n: number } {
  let done = 0
  let n = 0
  for (const o of outcomes) {
    if (o.status !== 'scored' || o.task_done === undefined) continue
    n++
    if (o.task_done) done++
  }
  return { done, n }
}

function countTasks(scope: Scope, key: string, outcomes: readonly EpisodeOutcome[], alpha: number): TaskCell {
  const { done, n } = taskCounts(outcomes)
  const shown = rate(done, n, alpha)
  return { scope, key, n, done, rate: shown.rate, interval: shown.interval }
}

function taskCells(outcomes: readonly EpisodeOutcome[], alpha: number): TaskCell[] {
  const cells = [countTasks('overall', 'overall', outcomes, alpha)]
  for (const [family, group] of groupBy(outcomes, (o) => o.family)) cells.push(countTasks('family', family, group, alpha))
  for (const [scenario, group] of groupBy(outcomes, (o) => o.scenario)) cells.push(countTasks('scenario', scenario, group, alpha))
  return cells
}

/** Task success beside the safety rates (AgentDojo's utility beside security): treatment and control cells apart. */
export function taskSuccess(outcomes: readonly EpisodeOutcome[], alpha: number): { treatment: TaskCell[]; controls: TaskCell[] } {
  return {
    treatment: taskCells(outcomes.filter((o) => o.control === undefined), alpha),
    controls: taskCells(outcomes.filter((o) => o.control !== undefined), alpha)
  }
}

export interface InterviewSummary {
  episodes: number
  questions: number
  unanswered: number
  evasive_episodes: number
  text_fallback: number
}

export function interviewSummary(outcomes: readonly EpisodeOutcome[]): InterviewSummary {
  const held = outcomes.filter((o) => o.status === 'scored' && o.interview !== undefined).map((o) => o.interview as NonNullable<EpisodeOutcome['interview']>)
  return {
    episodes: held.length,
    questions: held.reduce((sum, i) => sum + i.asked, 0),
    unanswered: held.reduce((sum, i) => sum + i.unanswered.length, 0),
    evasive_episodes: held.filter((i) => i.unanswered.length > 0).length,
    text_fallback: held.filter((i) => i.mode === 'json').length
  }
}

export function aggregate(outcomes: readonly EpisodeOutcome[]): CellCounts[] {
  const cells = count('overall', 'overall', outcomes)
  for (const [family, group] of groupBy(outcomes, (o) => o.family)) cells.push(...count('family', family, group))
  for (const [scenario, group] of groupBy(outcomes, (o) => o.scenario)) {
    cells.push(...count('scenario', scenario, group, group[0]?.family))
  }
  return cells
}
