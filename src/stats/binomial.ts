/**
 * Exact binomial and Beta machinery, written out so the gate depends on no statistics library:
 * log-gamma (Lanczos), the regularised incomplete Beta function (continued fraction, modified
 * Lentz) and its inverse by bisection. Clopper–Pearson bounds and exact binomial tests are both
 * read off the incomplete Beta function, so one accurate routine serves every decision.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
]

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  const z = x - 1
  let sum = LANCZOS[0] ?? 0
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

const TINY = 1e-300
const EPS = 1e-15

/** The continued fraction of I_x(a, b), evaluated by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < TINY) d = TINY
  d = 1 / d
  let h = d
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m
    // Even step, then odd step of the fraction's recurrence.
    for (const coef of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + coef * d
      if (Math.abs(d) < TINY) d = TINY
      c = 1 + coef / c
      if (Math.abs(c) < TINY) c = TINY
      d = 1 / d
      h *= d * c
    }
    if (Math.abs(d * c - 1) < EPS) break
  }
  return h
}

/** Regularised incomplete Beta function I_x(a, b), a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x))
  // The fraction converges fast only below the mean; above it, use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b
}

/** The q-quantile of Beta(a, b), by bisection: monotone, and exact to double precision in ~60 steps. */
export function betaQuantile(q: number, a: number, b: number): number {
  if (q <= 0) return 0
  if (q >= 1) return 1
  let lo = 0
  let hi = 1
  for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2
    if (incompleteBeta(mid, a, b) < q) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/** P(X ≤ x) for X ~ Bin(n, p). */
export function binomCdf(x: number, n: number, p: number): number {
  if (x < 0) return 0
  if (x >= n) return 1
  return incompleteBeta(1 - p, n - x, x + 1)
}

/** P(X ≥ x) for X ~ Bin(n, p), computed directly (not as 1 − cdf) so small tails keep their digits. */
export function binomSf(x: number, n: number, p: number): number {
  if (x <= 0) return 1
  if (x > n) return 0
  return incompleteBeta(p, x, n - x + 1)
}

/** The probabilities P(X = 0..n) for X ~ Bin(n, p). */
export function binomPmf(n: number, p: number): number[] {
  if (p <= 0) return Array.from({ length: n + 1 }, (_, k) => (k === 0 ? 1 : 0))
  if (p >= 1) return Array.from({ length: n + 1 }, (_, k) => (k === n ? 1 : 0))
  const lnN = lnGamma(n + 1)
  return Array.from({ length: n + 1 }, (_, k) =>
    Math.exp(lnN - lnGamma(k + 1) - lnGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p))
  )
}
