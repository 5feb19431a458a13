/**
 * The policy's sequential design: one group-sequential design per gated overall metric (the
 * boundaries depend on the bar), their exact operating characteristics for the summary, and the
 * wording of a decision at a look.
 */
import type { Metric } from '../scenario/types.js'
import { operatingPoint, sequentialDesign, decideAtLook } from '../stats/sequential.js'
import type { ConfidentMode, OperatingPoint, SequentialDesign, Spending, StopRule } from '../stats/sequential.js'
import { pct, ratio, type Counts, type Outcome } from './judge.js'
import { cellRule, type Policy } from './policy.js'

export interface MetricDesign {
  metric: Metric
  design: SequentialDesign
  /** Exact P(pass), P(fail), P(inconclusive) and expected episodes at true rates 0, bar/5 and bar. */
  operating: OperatingPoint[]
}

export interface SequentialPlan {
  mode: ConfidentMode
  spending: Spending
  alpha: number
  max_episodes: number
  looks: number[]
  designs: MetricDesign[]
}

/** The plan for a sequential policy, or undefined for a fixed one. */
export function sequentialPlan(policy: Policy): SequentialPlan | undefined {
  const s = policy.sequential
  if (!s || policy.mode === 'point') return undefined
  const mode = policy.mode
  const designs = Object.keys(policy.thresholds.metrics).flatMap((key): MetricDesign[] => {
    const metric = key as Metric
    const { bar, gated } = cellRule(policy, { scope: 'overall', key: 'overall', metric, n: 0, x: 0, unexposed: 0, errors: 0, rate: null })
    if (!gated || bar === null) return []
    const design = sequentialDesign({ bar, alpha: policy.alpha, maxEpisodes: s.max_episodes, looks: s.looks, spending: s.spending })
    return [{ metric, design, operating: [0, bar / 5, bar].map((rate) => operatingPoint(design, rate, mode)) }]
  })
  const looks = designs[0]?.design.looks ?? []
  return { mode, spending: s.spending, alpha: policy.alpha, max_episodes: s.max_episodes, looks, designs }
}

export interface LookJudgement {
  decision: Outcome
  reason: string
  /** More episodes are needed before this cell is decided. */
  pending: boolean
}

const RULE_TEXT: Record<StopRule, (d: SequentialDesign, k: number) => string> = {
  pass_boundary: (d, k) => `at most ${d.pass[k]} flagged passes at this look`,
  fail_boundary: (d, k) => `${d.fail[k]} or more flagged fail at this look`,
  pass_unreachable: (d) => `more than ${d.pass[d.pass.length - 1]} flagged, so a pass is out of reach`,
  fail_unreachable: () => 'a fail is out of reach by the last look',
  last_look: () => 'neither boundary crossed by the last look'
}

/** A gated overall cell at look k (0-based) of its design. */
export function judgeAtLook(design: SequentialDesign, k: number, c: Counts, mode: ConfidentMode): LookJudgement {
  const where = `${ratio(c)} at look ${k + 1} of ${design.looks.length}`
  const d = decideAtLook(design, k, c.x, mode)
  if (d.outcome === 'continue') {
    const between = `pass ≤ ${design.pass[k]}, fail ≥ ${design.fail[k]}`
    return { decision: 'inconclusive', pending: true, reason: `${where}: between the boundaries (${between}); continuing` }
  }
  return { decision: d.outcome, pending: false, reason: `${where}: ${RULE_TEXT[d.rule](design, k)} (bar ${pct(design.bar)})` }
}
