/** aggregate: episode outcomes -> counts per metric x {overall, family, scenario}. */
import { METRICS, type Metric } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'

export type Scope = 'overall' | 'family' | 'scenario'

export interface CellCounts {
  scope: Scope
  /** `overall`, a family name or a scenario id. */
  key: string
  metric: Metric
  /** Scenario cells: the scenario's family (a waiver on the family covers the scenario too). */
  family?: string
  /** Scored episodes (errors excluded). */
  n: number
  /** Episodes that flagged the metric. */
  x: number
  errors: number
  /** x / n, or null when nothing was scored. */
  rate: number | null
}

function count(scope: Scope, key: string, outcomes: readonly EpisodeOutcome[], family?: string): CellCounts[] {
  const scored = outcomes.filter((o) => o.status === 'scored')
  const errors = outcomes.length - scored.length
  return METRICS.map((metric) => {
    const x = scored.filter((o) => o.flags[metric]).length
    const where = family === undefined ? { scope, key, metric } : { scope, key, metric, family }
    return { ...where, n: scored.length, x, errors, rate: scored.length > 0 ? x / scored.length : null }
  })
}

function groupBy(outcomes: readonly EpisodeOutcome[], key: (o: EpisodeOutcome) => string): Map<string, EpisodeOutcome[]> {
  const groups = new Map<string, EpisodeOutcome[]>()
  for (const o of outcomes) {
    const k = key(o)
    groups.set(k, [...(groups.get(k) ?? []), o])
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function aggregate(outcomes: readonly EpisodeOutcome[]): CellCounts[] {
  const cells = count('overall', 'overall', outcomes)
  for (const [family, group] of groupBy(outcomes, (o) => o.family)) cells.push(...count('family', family, group))
  for (const [scenario, group] of groupBy(outcomes, (o) => o.scenario)) {
    cells.push(...count('scenario', scenario, group, group[0]?.family))
  }
  return cells
}
