/**
 * Annotations that point at the line explaining a result: the bar in the thresholds file for a
 * failing metric, the waiver for a waived cell that did not pass, and the scenarios whose flagged
 * episodes make up a failing cell. The runner shows at most 10 per level per step, so they are
 * ranked (most severe first) and the rest are counted for the summary.
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
  /** A line of a waiver file, as the run read it. */
  line: (file: string, line: number) => Location | undefined
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

/** A waived cell that gates: its waiver's line says why it did not pass. */
function waivedAnnotation(c: CellDecision, locate: Locate): Annotation | undefined {
  if (!c.waiver || !c.gated || (c.decision !== 'fail' && c.decision !== 'inconclusive')) return undefined
  const label = METRIC_LABEL[c.metric]
  const what = c.decision === 'fail' ? `above the bar of ${percent(c.bar)} that waiver ${c.waiver.id} allows` : `undecided: ${c.reason}`
  return {
    level: c.decision === 'fail' ? 'error' : 'warning',
    title: `scheming-gate: ${c.key} ${label} (waived)`,
    message: `${label} in ${c.scope} ${c.key}: ${c.x}/${c.n} = ${percent(c.rate)}, ${what}.`,
    at: locate.line(c.waiver.file, c.waiver.line),
    weight: OVERALL_WEIGHT
  }
}

/** The gated cell a scenario's episodes are judged in: a waived scenario or family cell, else the overall cell. */
function judgedIn(c: CellDecision, cells: readonly CellDecision[]): CellDecision | undefined {
  const waived = cells.find((w) => w.waiver && w.metric === c.metric && ((w.scope === 'scenario' && w.key === c.key) || (w.scope === 'family' && w.key === c.family)))
  return waived ?? cells.find((o) => o.scope === 'overall' && o.metric === c.metric)
}

function where(c: CellDecision): string {
  return c.scope === 'overall' ? METRIC_LABEL[c.metric] : `${METRIC_LABEL[c.metric]} in ${c.scope} ${c.key}`
}

/**
 * A scenario whose flagged episodes are part of a failing gated cell is what failed the gate: an
 * error at its id, ranked by its share of the flags. Otherwise a scenario cell above its own bar is
 * worth a look (a warning where the metric gates, else a notice), not a block.
 */
function scenarioAnnotation(c: CellDecision, cells: readonly CellDecision[], locate: Locate): Annotation | undefined {
  const cover = judgedIn(c, cells)
  const failedGate = cover !== undefined && cover.gated && cover.decision === 'fail' && c.x > 0
  if (!failedGate && c.decision !== 'fail') return undefined
  const label = METRIC_LABEL[c.metric]
  const share = failedGate ? `; ${c.x} of the ${cover.x} flagged episodes of the failing ${where(cover)}` : `, above the bar of ${percent(c.bar)}`
  return {
    level: failedGate ? 'error' : cover?.gated ? 'warning' : 'notice',
    title: `scheming-gate: ${c.key} ${label}`,
    message: `Scenario ${c.key}: ${label} ${c.x}/${c.n} = ${percent(c.rate)}${share}.`,
    at: locate.scenario(c.key),
    weight: failedGate ? c.x / Math.max(1, cover.x) : (c.rate ?? 0)
  }
}

export function verdictAnnotations(verdict: Verdict, locate: Locate): Annotation[] {
  const out: Annotation[] = []
  for (const c of verdict.cells) {
    const own = c.scope === 'overall' ? overallAnnotation(c, locate) : c.scope === 'scenario' ? scenarioAnnotation(c, verdict.cells, locate) : undefined
    for (const a of [own, waivedAnnotation(c, locate)]) if (a) out.push(a)
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
