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
import { sortedByKey, Tally } from './aggregate.js'

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

/** A scenario's treatment episodes, fed one at a time: the levels each factor ran, in order of appearance, and per factor level and metric the exposed and flagged counts. */
class ScenarioFold {
  readonly levels = new Map<string, string[]>()
  /** `factor\0level` -> its episodes tallied: per metric, exposed (n) and flagged (x). */
  readonly counts = new Map<string, Tally>()

  constructor(
    readonly scenario: string,
    readonly family: string
  ) {}

  add(o: EpisodeOutcome): void {
    for (const [factor, level] of Object.entries(o.levels)) {
      const levels = this.levels.get(factor) ?? []
      if (!levels.includes(level)) levels.push(level)
      this.levels.set(factor, levels)
      const key = `${factor}\0${level}`
      let at = this.counts.get(key)
      if (at === undefined) this.counts.set(key, (at = new Tally()))
      at.add(o)
    }
  }

  /** The factors and levels run, in declared order where `declared` knows the scenario, else in order of appearance. */
  levelsRun(declared: FactorLevels[string] | undefined): Map<string, string[]> {
    for (const [factor, levels] of this.levels) {
      const order = declared?.[factor]
      if (order) levels.sort((a, b) => order.indexOf(a) - order.indexOf(b))
    }
    return this.levels
  }

  effect(factor: string, declared: readonly string[], metric: Metric, alpha: number): FactorEffect | null {
    const levels = declared
      .map((level) => {
        const at = this.counts.get(`${factor}\0${level}`)
        return { level, ...rate(at?.x[metric] ?? 0, at?.n[metric] ?? 0, alpha) }
      })
      .filter((l) => l.n > 0)
    const [ref, ...others] = levels
    if (ref === undefined || others.length === 0) return null
    const differences = others.map((l) => ({ level: l.level, ...newcombe(l.x, l.n, ref.x, ref.n, alpha / 2) }))
    return {
      scenario: this.scenario,
      family: this.family,
      factor,
      metric,
      reference: ref.level,
      levels,
      differences,
      supported: Math.max(...differences.map(distanceFromZero)),
      largest: Math.max(...differences.map((d) => Math.abs(d.difference)))
    }
  }
}

/**
 * Every factor x metric effect of the run, fed an outcome at a time; the best-supported first (then
 * the largest, then by name). `declared` gives each scenario's level order (the reference is the
 * first level run).
 */
export class FactorEffects {
  private readonly scenarios = new Map<string, ScenarioFold>()

  add(o: EpisodeOutcome): void {
    if (o.status !== 'scored' || o.control !== undefined) return
    let fold = this.scenarios.get(o.scenario)
    if (fold === undefined) this.scenarios.set(o.scenario, (fold = new ScenarioFold(o.scenario, o.family)))
    fold.add(o)
  }

  result(declared: FactorLevels, alpha: number): FactorEffect[] {
    const out: FactorEffect[] = []
    for (const [scenario, fold] of sortedByKey(this.scenarios)) {
      for (const [factor, levels] of fold.levelsRun(declared[scenario])) {
        for (const metric of METRICS) {
          const e = fold.effect(factor, levels, metric, alpha)
          if (e) out.push(e)
        }
      }
    }
    const name = (e: FactorEffect) => `${e.scenario}\0${e.factor}\0${METRICS.indexOf(e.metric)}`
    return out.sort((a, b) => b.supported - a.supported || b.largest - a.largest || (name(a) < name(b) ? -1 : 1))
  }
}
