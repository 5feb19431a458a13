/**
 * Holm's step-down adjustment (Holm 1979): controls the family-wise error rate of alarms raised
 * on secondary cells, with no assumption about how the cells depend on each other.
 */

/** Holm-adjusted p-values, in the input's order: reject where the adjusted value ≤ α. */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p)
  const adjusted = new Array<number>(m).fill(1)
  let running = 0
  order.forEach(({ p, i }, rank) => {
    // The step-down adjusted value is monotone: never below the previous (smaller) one.
    running = Math.max(running, Math.min(1, (m - rank) * p))
    adjusted[i] = running
  })
  return adjusted
}
