/**
 * Factor effects: for each scenario factor and metric, the rate at each level (pooled over the
 * other factors' levels) and each level's difference to the reference level, with Newcombe's hybrid
 * score interval for a difference of independent proportions. The reference is the first declared
 * level that has treatment episodes (control cells are left out, as from the gated rates).
 *
 * In a full factor grid every level sees the other factors' levels equally often, so a pooled
 * difference is that factor's main effect; a scenario with an explicit, unbalanced `cells` list can
 * confound it. The intervals are per comparison, not adjusted for the number of comparisons: they
 * rank where to look, they decide nothing.
 */
import { METRICS, type Metric } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { newcombe } from './newcombe.js'
import { rate, type Rate } from './intervals.js'
import { groupBy } from './aggregate.js'

/** Scenario id -> factor -> its levels in declaration order. */
export type FactorLevels = Record<string, Record<string, readonly string[]>>

export interface LevelRate extends Rate {
  level: string
}

export interface LevelDifference {
  level: string
  /** rate(level) − rate(reference). */
  difference: number
  /** Two-sided Newcombe interval at the run's confidence. */
  lower: number
  upper: number
}

export interface FactorEffect {
  scenario: string
  family: string
  factor: string
  metric: Metric
  reference: string
  levels: LevelRate[]
  differences: LevelDifference[]
  /** The smallest effect the data support: over differences whose interval excludes 0, the largest limit nearest 0 (absolute); 0 when every interval includes 0. */
  supported: number
  /** The largest absolute point difference. */
  largest: number
}

/** How far an interval stays from 0: the absolute limit nearest 0, or 0 when it includes 0. */
function distanceFromZero(d: LevelDifference): number {
  return d.lower > 0 ? d.lower : d.upper < 0 ? -d.upper : 0
}

function effect(scenario: readonly EpisodeOutcome[], factor: string, declared: readonly string[], metric: Metric, alpha: number): FactorEffect | null {
  const exposed = scenario.filter((o) => o.exposed[metric])
  const levels = declared
    .map((level) => {
      const at = exposed.filter((o) => o.levels[factor] === level)
      return { level, ...rate(at.filter((o) => o.flags[metric]).length, at.length, alpha) }
    })
    .filter((l) => l.n > 0)
  const [ref, ...others] = levels
  if (ref === undefined || others.length === 0) return null
  const differences = others.map((l) => ({ level: l.level, ...newcombe(l.x, l.n, ref.x, ref.n, alpha / 2) }))
  const first = scenario[0] as EpisodeOutcome
  return {
    scenario: first.scenario,
    family: first.family,
    factor,
    metric,
    reference: ref.level,
    levels,
    differences,
    supported: Math.max(...differences.map(distanceFromZero)),
    largest: Math.max(...differences.map((d) => Math.abs(d.difference)))
  }
}

/** The factors and levels the episodes ran, in declared order where `declared` knows the scenario, else in order of appearance. */
function levelsRun(episodes: readonly EpisodeOutcome[], declared: FactorLevels[string] | undefined): Map<string, string[]> {
  const seen = new Map<string, string[]>()
  for (const o of episodes) {
    for (const [factor, level] of Object.entries(o.levels)) {
      const levels = seen.get(factor) ?? []
      if (!levels.includes(level)) levels.push(level)
      seen.set(factor, levels)
    }
  }
  for (const [factor, levels] of seen) {
    const order = declared?.[factor]
    if (order) levels.sort((a, b) => order.indexOf(a) - order.indexOf(b))
  }
  return seen
}

/**
 * Every factor x metric effect of the run, the best-supported first (then the largest, then by
 * name). `declared` gives each scenario's level order (the reference is the first level run).
 */
export function factorEffects(outcomes: readonly EpisodeOutcome[], declared: FactorLevels, alpha: number): FactorEffect[] {
  const treatment = outcomes.filter((o) => o.status === 'scored' && o.control === undefined)
  const out: FactorEffect[] = []
  for (const [scenario, episodes] of groupBy(treatment, (o) => o.scenario)) {
    for (const [factor, levels] of levelsRun(episodes, declared[scenario])) {
      for (const metric of METRICS) {
        const e = effect(episodes, factor, levels, metric, alpha)
        if (e) out.push(e)
      }
    }
  }
  const name = (e: FactorEffect) => `${e.scenario}\0${e.factor}\0${METRICS.indexOf(e.metric)}`
  return out.sort((a, b) => b.supported - a.supported || b.largest - a.largest || (name(a) < name(b) ? -1 : 1))
}
