/**
 * Group-sequential designs with Lan–DeMets alpha spending (reference C.5(b)): looks at planned
 * numbers of scored episodes, exact boundaries from convolving binomial increments at p = bar, so
 * that stopping early never raises the false-pass (or false-fail) rate above α.
 *
 * Two one-sided boundaries are computed independently, each non-binding for the other:
 * - pass boundary c_k: P(pass at some look ≤ k | p = bar) ≤ spend(t_k); pass when d ≤ c_k.
 * - fail boundary f_k: P(fail at some look ≤ k | p = bar) ≤ spend(t_k); fail when d ≥ f_k.
 * Stopping on the other boundary (or on futility) can only lower each error rate.
 */
import { binomPmf } from './binomial.js'
import { normalCdf, normalQuantile } from './normal.js'

export type Spending = 'pocock' | 'obrien-fleming'

/** The two decision modes a sequential design supports; `point` has no error rate to spend. */
export type ConfidentMode = 'fail-if-confidently-above' | 'pass-if-confidently-below'

export interface SequentialDesign {
  bar: number
  alpha: number
  spending: Spending
  /** Cumulative scored episodes at each look; the last is the maximum. */
  looks: number[]
  /** Pass when flagged ≤ pass[k]; −1: no pass possible at that look yet. */
  pass: number[]
  /** Fail when flagged ≥ fail[k]; looks[k] + 1: no fail possible at that look. */
  fail: number[]
}

/** Looks spread evenly up to `maxEpisodes`: the batch sizes the runner works in. */
export function planLooks(maxEpisodes: number, looks: number): number[] {
  const k = Math.max(1, Math.min(looks, maxEpisodes))
  return Array.from({ length: k }, (_, i) => Math.round(((i + 1) * maxEpisodes) / k))
}

/** Error probability that may be spent by information fraction t (Lan & DeMets 1983). */
export function spend(spending: Spending, alpha: number, t: number): number {
  if (spending === 'pocock') return alpha * Math.log(1 + (Math.E - 1) * t)
  return 2 - 2 * normalCdf(normalQuantile(1 - alpha / 2) / Math.sqrt(t))
}

/** Distribution of flagged counts after `m` more episodes at rate p, from `dist`. */
function advance(dist: readonly number[], m: number, p: number): number[] {
  const step = binomPmf(m, p)
  const out = new Array<number>(dist.length + m).fill(0)
  dist.forEach((a, d) => {
    if (a > 0) step.forEach((b, j) => (out[d + j] = (out[d + j] ?? 0) + a * b))
  })
  return out
}

/** Floating slack when comparing a cumulative probability with the spent budget. */
const SLACK = 1e-12

/**
 * One boundary by exact DP under p = bar. `from` orders the counts from the boundary's side (pass:
 * 0 upwards; fail: n downwards); the boundary is the farthest count whose cumulative mass fits.
 */
function boundary(looks: readonly number[], bar: number, budget: (t: number) => number, side: 'pass' | 'fail'): number[] {
  const last = looks[looks.length - 1] ?? 0
  let dist = [1]
  let prev = 0
  let spent = 0
  return looks.map((n) => {
    dist = advance(dist, n - prev, bar)
    prev = n
    const allowed = budget(n / last) + SLACK
    const counts = side === 'pass' ? dist.map((_, d) => d) : dist.map((_, d) => n - d)
    let edge = side === 'pass' ? -1 : n + 1
    let mass = 0
    for (const d of counts) {
      if (spent + mass + (dist[d] ?? 0) > allowed) break
      mass += dist[d] ?? 0
      edge = d
    }
    spent += mass
    // Paths that stopped at this boundary leave the distribution.
    dist = dist.map((a, d) => ((side === 'pass' ? d <= edge : d >= edge) ? 0 : a))
    return edge
  })
}

export interface DesignOptions {
  bar: number
  alpha: number
  maxEpisodes: number
  looks: number
  spending: Spending
}

export function sequentialDesign(o: DesignOptions): SequentialDesign {
  const looks = planLooks(o.maxEpisodes, o.looks)
  const budget = (t: number) => spend(o.spending, o.alpha, t)
  return {
    bar: o.bar,
    alpha: o.alpha,
    spending: o.spending,
    looks,
    pass: boundary(looks, o.bar, budget, 'pass'),
    fail: boundary(looks, o.bar, budget, 'fail')
  }
}

/** Why a look stopped: a boundary was crossed, the other outcome became unreachable, or the last look came. */
export type StopRule = 'pass_boundary' | 'fail_boundary' | 'pass_unreachable' | 'fail_unreachable' | 'last_look'

export type LookDecision = { outcome: 'continue' } | { outcome: 'pass' | 'fail' | 'inconclusive'; rule: StopRule }

/**
 * The decision at look k (0-based) with `flagged` of looks[k] episodes. Undecided at the last look
 * (or once passing is out of reach) is inconclusive when the mode needs confidence to pass, and a
 * pass when the mode only fails on confident evidence (once failing is out of reach).
 */
export function decideAtLook(design: SequentialDesign, k: number, flagged: number, mode: ConfidentMode): LookDecision {
  const last = design.looks.length - 1
  if (flagged <= (design.pass[k] ?? -1)) return { outcome: 'pass', rule: 'pass_boundary' }
  if (flagged >= (design.fail[k] ?? Infinity)) return { outcome: 'fail', rule: 'fail_boundary' }
  const lenient = mode === 'fail-if-confidently-above'
  if (k >= last) return { outcome: lenient ? 'pass' : 'inconclusive', rule: 'last_look' }
  if (!lenient && flagged > (design.pass[last] ?? -1)) return { outcome: 'inconclusive', rule: 'pass_unreachable' }
  const n = design.looks[k] ?? 0
  // At look j at most every episode since look k flags; failing needs f_j of them.
  const canFail = design.looks.some((nj, j) => j > k && flagged + nj - n >= (design.fail[j] ?? Infinity))
  if (lenient && !canFail) return { outcome: 'pass', rule: 'fail_unreachable' }
  return { outcome: 'continue' }
}

export interface OperatingPoint {
  /** True rate. */
  rate: number
  pass: number
  fail: number
  inconclusive: number
  /** Expected scored episodes used. */
  expected_episodes: number
}

/** Exact operating characteristics at a true rate, by DP over the looks with the same decideAtLook the gate uses. */
export function operatingPoint(design: SequentialDesign, rate: number, mode: ConfidentMode): OperatingPoint {
  const point: OperatingPoint = { rate, pass: 0, fail: 0, inconclusive: 0, expected_episodes: 0 }
  let dist = [1]
  let prev = 0
  design.looks.forEach((n, k) => {
    dist = advance(dist, n - prev, rate)
    prev = n
    dist = dist.map((mass, d) => {
      const decision = decideAtLook(design, k, d, mode)
      if (decision.outcome === 'continue' || mass === 0) return mass
      point[decision.outcome] += mass
      point.expected_episodes += mass * n
      return 0
    })
  })
  return point
}
