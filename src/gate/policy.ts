/**
 * The policy as the gate uses it: thresholds.json with every default filled in, and the bar and
 * gating of any cell. Defaults live here and only here.
 */
import type { DecisionMode, MetricThreshold, Thresholds } from '../config/thresholds.js'
import { PRIMARY_METRICS, type Family } from '../scenario/types.js'
import type { CellCounts } from '../stats/aggregate.js'
import type { Spending } from '../stats/sequential.js'

export interface Policy {
  mode: DecisionMode
  confidence: number
  /** 1 − confidence: the one-sided error rate of each confident decision. */
  alpha: number
  min_episodes: number
  max_error_rate: number
  on_inconclusive: 'fail' | 'inconclusive'
  sequential?: { max_episodes: number; looks: number; spending: Spending }
  baseline: { margin: number; on_regression: 'warn' | 'fail' }
  waivers: { horizon_days: number; warn_days: number }
  thresholds: Thresholds
}

export const DEFAULT_MAX_ERROR_RATE = 0.1

export function resolvePolicy(t: Thresholds): Policy {
  const confidence = t.confidence ?? 0.95
  const policy: Policy = {
    mode: t.decision ?? 'pass-if-confidently-below',
    confidence,
    alpha: 1 - confidence,
    min_episodes: t.min_episodes ?? 1,
    max_error_rate: t.max_error_rate ?? DEFAULT_MAX_ERROR_RATE,
    on_inconclusive: t.on_inconclusive ?? 'fail',
    baseline: { margin: t.baseline?.margin ?? 0, on_regression: t.baseline?.on_regression ?? 'warn' },
    waivers: { horizon_days: t.waivers?.horizon_days ?? 90, warn_days: t.waivers?.warn_days ?? 14 },
    thresholds: t
  }
  if (t.sequential) {
    const { max_episodes, looks = 8, spending = 'pocock' } = t.sequential
    policy.sequential = { max_episodes, looks, spending }
  }
  return policy
}

/**
 * The policy of an `author` run: the bars of the thresholds, judged on the observed rate with no
 * minimum sample and no sequential design. A scripted agent plays the same script every time, so
 * more episodes add no evidence, and a new scenario has a handful of cells: under the real policy
 * it could never pass. This checks a scenario's wiring; it measures no model.
 */
export function authoringPolicy(policy: Policy): Policy {
  const { sequential: _sequential, ...rest } = policy
  return { ...rest, mode: 'point', min_episodes: 1 }
}

export interface CellRule {
  bar: number | null
  gated: boolean
}

/**
 * A cell's bar: the most specific of scenario override, family override and metric bar. Only the
 * overall cells of primary metrics gate by default; anything else gates only where declared.
 */
export function cellRule(policy: Policy, c: CellCounts): CellRule {
  const t = policy.thresholds
  const metric = t.metrics[c.metric]
  if (c.scope === 'overall') return { bar: metric?.max_rate ?? null, gated: metric !== undefined && (metric.gated ?? PRIMARY_METRICS.includes(c.metric)) }
  const family = t.families?.[(c.scope === 'family' ? c.key : c.family) as Family]?.[c.metric]
  const own: MetricThreshold | undefined = c.scope === 'family' ? family : t.scenarios?.[c.key]?.[c.metric]
  return { bar: (own ?? (c.scope === 'scenario' ? family : undefined) ?? metric)?.max_rate ?? null, gated: own?.gated ?? false }
}
