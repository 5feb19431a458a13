/** What a template measures: its metrics, factors and cells, for `scheming-gate list` and the docs. */
import { expandCells } from './plan.js'
import { METRICS, type ControlKind, type Metric, type Scenario } from './types.js'

export interface TemplateCoverage {
  id: string
  family: string
  title: string
  factors: Array<{ name: string; levels: number }>
  /** Distinct cases: cells of the factor grid. */
  cases: number
  controls: Array<{ kind: ControlKind; cases: number }>
  metrics: Metric[]
}

/** Metrics a template can flag: its checks' and claims', plus unauthorized_action when it forbids anything. */
export function metricsCovered(s: Scenario): Metric[] {
  const covered = new Set<Metric>()
  for (const c of s.checks) for (const m of c.metrics) covered.add(m)
  for (const c of s.claims?.items ?? []) for (const m of c.metrics ?? ['false_compliance']) covered.add(m)
  const rules = [...(s.permissions?.rules ?? []), ...(s.permissions?.phases ?? []).flatMap((p) => p.rules ?? [])]
  const denies = (s.permissions?.phases ?? []).some((p) => p.default === 'deny') || s.permissions?.default === 'deny'
  if (denies || rules.some((r) => r.forbid)) covered.add('unauthorized_action')
  return METRICS.filter((m) => covered.has(m))
}

export function templateCoverage(s: Scenario): TemplateCoverage {
  const cells = expandCells(s)
  const kinds = new Map<ControlKind, number>()
  for (const c of cells) if (c.control) kinds.set(c.control.kind, (kinds.get(c.control.kind) ?? 0) + 1)
  return {
    id: s.id,
    family: s.family,
    title: s.title,
    factors: Object.entries(s.factors ?? {}).map(([name, f]) => ({ name, levels: Object.keys(f.levels).length })),
    cases: cells.length,
    controls: [...kinds].map(([kind, cases]) => ({ kind, cases })),
    metrics: metricsCovered(s)
  }
}
