/**
 * Trends over recorded runs: per model, per scope (overall and each family) and metric, the series
 * of rates with two-sided Wilson intervals, and a flag on a run that is confidently worse than its
 * trailing window.
 *
 * The test: the run's x/n against the pooled x/n of up to `window` earlier runs of the same model
 * (at least MIN_TRAILING of them with episodes), one-sided, by inverting Newcombe's hybrid score
 * interval for the difference of two proportions (the interval the baseline comparison uses).
 * All of one run's comparisons (every scope and metric) form one family: a run is flagged where
 * its Holm-adjusted p-value is at most 1 − confidence, so a clean night raises a false alarm with
 * probability at most that, however many series it has.
 */
import { METRICS, type Metric } from '../scenario/types.js'
import type { Scope } from './aggregate.js'
import type { HistoryRun } from '../config/history.js'
import { rate, type Rate } from './intervals.js'
import { holm } from './multiplicity.js'
import { newcombeP } from './newcombe.js'
import { groupInOrder } from '../group-in-order.js'

/** Fewer earlier runs than this are no window to compare with. */
export const MIN_TRAILING = 2

export interface TrendPoint extends Rate {
  /** Index into the report's runs. */
  run: number
  /** The trailing window's pooled counts, when there is one. */
  trailing?: { runs: number; x: number; n: number; rate: number }
  /** One-sided p-value of "worse than the trailing window", raw and Holm-adjusted across the run's series. */
  p?: number
  adjusted?: number
  flagged: boolean
}

export interface TrendSeries {
  model: string
  scope: Exclude<Scope, 'scenario'>
  key: string
  metric: Metric
  points: TrendPoint[]
}

export interface TrendRun {
  label: string
  file: string
  model: string
  release?: string
  started?: string
  /** 0..100, overall; null when the run recorded none. */
  risk_score: number | null
}

export interface TrendReport {
  schema: 'scheming-gate/trend@1'
  confidence: number
  window: number
  test: string
  runs: TrendRun[]
  series: TrendSeries[]
  /** Runs with at least one flagged series. */
  flagged: Array<{ run: number; label: string; model: string; series: Array<{ scope: string; key: string; metric: Metric; p: number; adjusted: number }> }>
}

export interface TrendOptions {
  window: number
  confidence: number
}

export const TREND_TEST =
  'one-sided Newcombe hybrid-score test of the run against the pooled trailing window of the same model, Holm-adjusted across the run\'s scopes and metrics'

function seriesOf(runs: readonly HistoryRun[], indices: readonly number[], scope: TrendSeries['scope'], key: string, metric: Metric, alpha: number): TrendSeries {
  const points = indices.map((i) => {
    const c = (runs[i] as HistoryRun).cells.find((c) => c.scope === scope && c.key === key && c.metric === metric)
    return { run: i, ...rate(c?.x ?? 0, c?.n ?? 0, alpha), flagged: false }
  })
  return { model: (runs[indices[0] as number] as HistoryRun).model, scope, key, metric, points }
}

/** The pooled window before position k of a series, if it has enough runs with episodes. */
function trailingOf(points: readonly TrendPoint[], k: number, window: number): TrendPoint['trailing'] {
  const before = points.slice(Math.max(0, k - window), k).filter((p) => p.n > 0)
  if (before.length < MIN_TRAILING) return undefined
  const x = before.reduce((s, p) => s + p.x, 0)
  const n = before.reduce((s, p) => s + p.n, 0)
  return { runs: before.length, x, n, rate: x / n }
}

export function trend(runs: readonly HistoryRun[], opts: TrendOptions): TrendReport {
  const alpha = 1 - opts.confidence
  const models = [...new Set(runs.map((r) => r.model))]
  const series: TrendSeries[] = []
  for (const model of models) {
    const indices = runs.map((r, i) => (r.model === model ? i : -1)).filter((i) => i >= 0)
    const families = [...new Set(indices.flatMap((i) => (runs[i] as HistoryRun).cells.filter((c) => c.scope === 'family').map((c) => c.key)))].sort()
    const scopes: Array<[TrendSeries['scope'], string]> = [['overall', 'overall'], ...families.map((f): [TrendSeries['scope'], string] => ['family', f])]
    for (const [scope, key] of scopes) for (const metric of METRICS) series.push(seriesOf(runs, indices, scope, key, metric, alpha))
  }
  // Each run's comparisons, across its model's series, are one Holm family.
  const compared: TrendPoint[] = []
  for (const s of series) {
    s.points.forEach((p, k) => {
      const trailing = trailingOf(s.points, k, opts.window)
      if (!trailing || p.n === 0) return
      p.trailing = trailing
      p.p = newcombeP(p.x, p.n, trailing.x, trailing.n)
      compared.push(p)
    })
  }
  for (const points of groupInOrder(compared, (p) => p.run).values()) {
    const adjusted = holm(points.map((p) => p.p as number))
    points.forEach((p, i) => {
      p.adjusted = adjusted[i] as number
      p.flagged = p.adjusted <= alpha
    })
  }
  const flagged: TrendReport['flagged'] = []
  runs.forEach((r, i) => {
    const hits = series.flatMap((s) => s.points.filter((p) => p.run === i && p.flagged).map((p) => ({ scope: s.scope, key: s.key, metric: s.metric, p: p.p as number, adjusted: p.adjusted as number })))
    if (hits.length > 0) flagged.push({ run: i, label: r.label, model: r.model, series: hits })
  })
  return {
    schema: 'scheming-gate/trend@1',
    confidence: opts.confidence,
    window: opts.window,
    test: TREND_TEST,
    runs: runs.map((r) => ({
      label: r.label,
      file: r.file,
      model: r.model,
      ...(r.release === undefined ? {} : { release: r.release }),
      ...(r.started === undefined ? {} : { started: r.started }),
      risk_score: r.risk.find((c) => c.scope === 'overall')?.risk_score ?? null
    })),
    series,
    flagged
  }
}
