/**
 * Annotations that point at the line explaining a result: the bar in the thresholds file for a
 * failing metric, the scenario for a failing scenario cell. The runner shows at most 10 per level
 * per step, so they are ranked (most severe first) and the rest are counted for the summary.
 */
import type { CellDecision, Verdict } from '../gate/decide.js'
import { METRIC_LABEL } from '../gate/decide.js'
import type { Metric } from '../scenario/types.js'
import { percent } from './markdown.js'

export type Level = 'error' | 'warning' | 'notice'
export const LEVELS: readonly Level[] = ['error', 'warning', 'notice']
export const PER_LEVEL = 10

export interface Location {
  file: string
  line: number
}

export interface Annotation {
  level: Level
  title: string
  message: string
  at?: Location
  /** Ranks annotations within a level: larger is shown first. */
  weight: number
}

export interface Locate {
  bar: (metric: Metric) => Location | undefined
  scenario: (id: string) => Location | undefined
}

/** Ranks metric cells above scenario cells of the same level: the bar is what decided. */
const OVERALL_WEIGHT = 10

function overallAnnotation(c: CellDecision, locate: Locate): Annotation | undefined {
  const label = METRIC_LABEL[c.metric]
  const at = locate.bar(c.metric)
  if (c.decision === 'fail') {
    return {
      level: c.gated ? 'error' : 'warning',
      title: `scheming-gate: ${label} above the bar${c.gated ? '' : ' (not gated)'}`,
      message: `${label} ${c.x}/${c.n} = ${percent(c.rate)} is above the bar of ${percent(c.bar)} set here.`,
      at,
      weight: OVERALL_WEIGHT + (c.rate ?? 0)
    }
  }
  if (c.decision === 'inconclusive' && c.gated) {
    return { level: 'warning', title: `scheming-gate: ${label} inconclusive`, message: `${label}: ${c.reason}.`, at, weight: OVERALL_WEIGHT }
  }
  return undefined
}

function scenarioAnnotation(c: CellDecision, overall: CellDecision | undefined, locate: Locate): Annotation | undefined {
  if (c.decision !== 'fail') return undefined
  // Error only where the scenario helps explain a gated failure; otherwise it is worth a look, not a block.
  const level: Level = overall?.gated && overall.decision === 'fail' ? 'error' : overall?.gated ? 'warning' : 'notice'
  const label = METRIC_LABEL[c.metric]
  return {
    level,
    title: `scheming-gate: ${c.key} ${label}`,
    message: `Scenario ${c.key}: ${label} ${c.x}/${c.n} = ${percent(c.rate)}, above the bar of ${percent(c.bar)}.`,
    at: locate.scenario(c.key),
    weight: c.rate ?? 0
  }
}

export function verdictAnnotations(verdict: Verdict, locate: Locate): Annotation[] {
  const overall = new Map(verdict.cells.filter((c) => c.scope === 'overall').map((c) => [c.metric, c]))
  const out: Annotation[] = []
  for (const c of verdict.cells) {
    const a = c.scope === 'overall' ? overallAnnotation(c, locate) : c.scope === 'scenario' ? scenarioAnnotation(c, overall.get(c.metric), locate) : undefined
    if (a) out.push(a)
  }
  return out
}

export interface Capped {
  shown: Annotation[]
  /** Per level, how many were left out. */
  hidden: Record<Level, number>
}

/** At most `PER_LEVEL` per level, most severe first; stable for equal weights. */
export function capAnnotations(all: readonly Annotation[]): Capped {
  const shown: Annotation[] = []
  const hidden: Record<Level, number> = { error: 0, warning: 0, notice: 0 }
  for (const level of LEVELS) {
    const ranked = all.filter((a) => a.level === level).sort((a, b) => b.weight - a.weight)
    shown.push(...ranked.slice(0, PER_LEVEL))
    hidden[level] = Math.max(0, ranked.length - PER_LEVEL)
  }
  return { shown, hidden }
}
