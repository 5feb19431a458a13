/** The standard normal distribution: Φ and Φ⁻¹, accurate to ~1e-14 (Wilson's z, O'Brien–Fleming spending). */

/** erfc(x) for x ≥ 0: a power series of erf below 2.5, a continued fraction (Lentz) above, where the series cancels. */
function erfc(x: number): number {
  if (x < 2.5) {
    let term = x
    let sum = x
    for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= (-x * x) / n
      sum += term / (2 * n + 1)
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum
  }
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))).
  let f = x
  let c = x
  let d = 0
  for (let n = 1; n < 500; n++) {
    const a = n / 2
    d = 1 / (x + a * d)
    c = x + a / c
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f)
}

export function normalCdf(z: number): number {
  const tail = erfc(Math.abs(z) / Math.SQRT2) / 2
  return z < 0 ? tail : 1 - tail
}

// Acklam's rational approximation (relative error 1.15e-9), refined below by one Halley step.
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239]
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]

function poly(coef: readonly number[], x: number): number {
  return coef.reduce((acc, c) => acc * x + c, 0)
}

export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity
  if (p >= 1) return Infinity
  let z: number
  if (p < 0.02425 || p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)))
    const tail = poly(C, q) / (poly(D, q) * q + 1)
    z = p < 0.5 ? tail : -tail
  } else {
    const q = p - 0.5
    const r = q * q
    z = (poly(A, r) * q) / (poly(B, r) * r + 1)
  }
  const e = normalCdf(z) - p
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((z * z) / 2)
  return z - u / (1 + (z * u) / 2)
}
