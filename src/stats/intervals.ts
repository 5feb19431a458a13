/**
 * Binomial confidence bounds. Clopper–Pearson is the one the gate decides with (its one-sided
 * false-pass rate never exceeds α, reference C.2); Wilson and Jeffreys are for display.
 *
 * Every bound takes `tail`, the probability it leaves outside: a one-sided (1−α) bound has tail α,
 * a two-sided (1−α) interval has tail α/2 on each side.
 */
import { betaQuantile } from './binomial.js'
import { normalQuantile } from './normal.js'

export type IntervalMethod = 'clopper-pearson' | 'wilson' | 'jeffreys'

export interface Bounds {
  lower: number
  upper: number
}

function clopperPearson(x: number, n: number, tail: number): Bounds {
  return {
    lower: x === 0 ? 0 : betaQuantile(tail, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - tail, x + 1, n - x)
  }
}

function jeffreys(x: number, n: number, tail: number): Bounds {
  return {
    lower: x === 0 ? 0 : betaQuantile(tail, x + 0.5, n - x + 0.5),
    upper: x === n ? 1 : betaQuantile(1 - tail, x + 0.5, n - x + 0.5)
  }
}

function wilson(x: number, n: number, tail: number): Bounds {
  const z = normalQuantile(1 - tail)
  const z2 = z * z
  const centre = (x + z2 / 2) / (n + z2)
  const half = (z / (n + z2)) * Math.sqrt((x * (n - x)) / n + z2 / 4)
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) }
}

const METHODS: Record<IntervalMethod, (x: number, n: number, tail: number) => Bounds> = {
  'clopper-pearson': clopperPearson,
  wilson,
  jeffreys
}

/** Bounds on a rate from x flagged of n; with nothing observed (n = 0) the rate could be anything. */
export function bounds(method: IntervalMethod, x: number, n: number, tail: number): Bounds {
  return n === 0 ? { lower: 0, upper: 1 } : METHODS[method](x, n, tail)
}

/** A displayed rate: x of n with its two-sided Wilson interval at 1 − alpha. */
export interface Rate {
  x: number
  n: number
  rate: number | null
  /** null when n = 0. */
  interval: Bounds | null
}

export function rate(x: number, n: number, alpha: number): Rate {
  return { x, n, rate: n > 0 ? x / n : null, interval: n > 0 ? bounds('wilson', x, n, alpha / 2) : null }
}
