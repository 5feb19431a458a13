/**
 * Newcombe's hybrid score interval for a difference of two independent proportions (Newcombe 1998,
 * method 10): it combines the two Wilson intervals and behaves well at zero counts (reference C.6).
 */
import { bounds } from './intervals.js'

export interface Difference {
  /** p̂₁ − p̂₂. */
  difference: number
  lower: number
  upper: number
}

/** Interval for p₁ − p₂ from x₁/n₁ and x₂/n₂; `tail` as in `bounds` (α for one-sided limits, α/2 for two-sided). */
export function newcombe(x1: number, n1: number, x2: number, n2: number, tail: number): Difference {
  const p1 = x1 / n1
  const p2 = x2 / n2
  const w1 = bounds('wilson', x1, n1, tail)
  const w2 = bounds('wilson', x2, n2, tail)
  const delta = Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2)
  const epsilon = Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2)
  return { difference: p1 - p2, lower: p1 - p2 - delta, upper: p1 - p2 + epsilon }
}

/**
 * The one-sided p-value of "p₁ > p₂" that inverts the Newcombe interval: the smallest tail at
 * which the lower limit is above 0 (the limits narrow monotonically as the tail grows; at a tail
 * of ½ the interval is the point difference). 1 when p̂₁ ≤ p̂₂.
 */
export function newcombeP(x1: number, n1: number, x2: number, n2: number): number {
  if (x1 / n1 <= x2 / n2) return 1
  let lo = 0
  let hi = 0.5
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (newcombe(x1, n1, x2, n2, mid).lower > 0) hi = mid
    else lo = mid
  }
  return hi
}
