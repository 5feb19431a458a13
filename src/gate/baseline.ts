/**
 * Candidate vs baseline, per metric on the overall cells: the difference of rates with a two-sided
 * Newcombe hybrid-score interval for display, and a regression flag when the one-sided lower limit
 * exceeds the policy's margin (the candidate is confidently worse by more than the margin).
 */
import type { Baseline } from '../config/baseline.js'
import type { Metric } from '../scenario/types.js'
import type { CellCounts } from '../stats/aggregate.js'
import { newcombe } from '../stats/newcombe.js'
import { pct, pp, type Counts } from './judge.js'
import type { Policy } from './policy.js'

export interface BaselineComparison {
  metric: Metric
  candidate: Counts
  baseline: Counts
  difference: number
  /** Two-sided Newcombe interval at the policy's confidence. */
  lower: number
  upper: number
  /** One-sided lower limit at the policy's confidence: the regression test. */
  lower_one_sided: number
  regression: boolean
  reason: string
}

export function compareBaseline(cells: readonly CellCounts[], baseline: Baseline, policy: Policy): BaselineComparison[] {
  return cells.flatMap((c): BaselineComparison[] => {
    const b = baseline.cells.find((b) => b.scope === 'overall' && b.metric === c.metric)
    if (c.scope !== 'overall' || !b || c.n === 0 || b.n === 0) return []
    const two = newcombe(c.x, c.n, b.x, b.n, policy.alpha / 2)
    const one = newcombe(c.x, c.n, b.x, b.n, policy.alpha)
    const regression = one.lower > policy.baseline.margin
    const margin = policy.baseline.margin > 0 ? `the margin of ${pp(policy.baseline.margin)}` : '0'
    const reason =
      `${c.x}/${c.n} vs ${b.x}/${b.n}: ${pp(two.difference)} [${pp(two.lower)}, ${pp(two.upper)}]` +
      (regression ? `, a regression: the ${pct(policy.confidence, 0)} lower limit ${pp(one.lower)} is above ${margin}` : '')
    return [
      { metric: c.metric, candidate: { x: c.x, n: c.n }, baseline: { x: b.x, n: b.n }, difference: two.difference, lower: two.lower, upper: two.upper, lower_one_sided: one.lower, regression, reason }
    ]
  })
}
