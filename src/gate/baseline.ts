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

/** What ran, as results.json records it: the suite's and the plan's digests and the profile. */
export interface RunIdentity {
  suite: { sha256: string }
  plan: { sha256: string; profile?: string }
}

const short = (sha: string) => sha.slice(0, 12)

/**
 * How a baseline's run differs from this one in what it measured: another suite (scenarios added,
 * removed or edited), another profile (a sample instead of the whole plan), or another plan (seed
 * or trials). Empty when it compares like with like, or when an older baseline does not say.
 */
export function baselineDifferences(b: Baseline, run: RunIdentity): string[] {
  const out: string[] = []
  if (b.suite && b.suite.sha256 !== run.suite.sha256) out.push(`another suite (sha256 ${short(b.suite.sha256)}, this run ${short(run.suite.sha256)})`)
  const profile = b.plan?.profile ?? 'full'
  if (b.plan?.profile !== undefined && profile !== (run.plan.profile ?? 'full')) out.push(`profile \`${profile}\` (this run \`${run.plan.profile ?? 'full'}\`)`)
  // A different suite or profile makes a different plan: named only when nothing above explains it.
  if (out.length === 0 && b.plan && b.plan.sha256 !== run.plan.sha256) out.push(`another plan (sha256 ${short(b.plan.sha256)}, this run ${short(run.plan.sha256)}): another seed or number of trials`)
  return out
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
