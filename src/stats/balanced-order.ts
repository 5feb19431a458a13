/**
 * An episode order in which every prefix is a balanced sample of the suite, so that a sequential
 * design can stop after any batch: trial by trial, and within a trial round-robin over the
 * scenario templates (first cell of each template, then the second, ...). The plan itself is
 * template-major; this only reorders it.
 */

interface Ordered {
  trial: number
  scenario: { id: string }
}

export function balancedOrder<T extends Ordered>(episodes: readonly T[]): T[] {
  const rank = new Map<T, number>()
  const seen = new Map<string, number>()
  for (const e of episodes) {
    // Rank within (trial, template) in plan order: the cell's position in the template's grid.
    const key = `${e.trial}\0${e.scenario.id}`
    const r = seen.get(key) ?? 0
    seen.set(key, r + 1)
    rank.set(e, r)
  }
  const templates = [...new Set(episodes.map((e) => e.scenario.id))]
  const templateIndex = new Map(templates.map((id, i) => [id, i]))
  const at = (e: T) => [e.trial, rank.get(e) ?? 0, templateIndex.get(e.scenario.id) ?? 0]
  return [...episodes].sort((a, b) => {
    const [x, y] = [at(a), at(b)]
    return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0)
  })
}
