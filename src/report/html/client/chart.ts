/** The metric chart: each overall rate as a bar with its interval, against its bar (SVG, drawn from data). */
import type { CellDecision } from '../../../gate/decide.js'
import type { TaskCell } from '../../../stats/aggregate.js'
import type { MetricInfo } from '../model.js'
import { svg } from './dom.js'
import { frac, pct } from './format.js'

const WIDTH = 900
const LABEL = 230
const TRACK = 360
const ROW = 34

/** The axis' upper end: the smallest of these that shows every rate, interval and bar. */
const SCALES = [0.1, 0.25, 0.5, 1]

export interface Row {
  label: string
  rate: number | null
  interval: { lower: number; upper: number } | null
  bar: number | null
  /** `max`: the bar is a ceiling (rates); `min`: a floor (task success). */
  barKind: 'max' | 'min'
  decision: string
  note: string
}

export function metricRows(cells: readonly CellDecision[], metrics: readonly MetricInfo[]): Row[] {
  const out: Row[] = []
  for (const m of metrics) {
    const c = cells.find((c) => c.scope === 'overall' && c.metric === m.id)
    if (!c) continue
    out.push({
      label: `${m.label}${m.primary ? '' : ' (sub-signal)'}`,
      rate: c.rate,
      interval: c.interval,
      bar: c.bar,
      barKind: 'max',
      decision: c.gated ? c.decision : `${c.decision}, not gated`,
      note: `${frac(c.x, c.n)} flagged · exposed ${frac(c.n, c.n + c.unexposed)}`
    })
  }
  return out
}

/** Task success on its own axis (0–100%), against the policy's minimum if it sets one. */
export function taskRow(task: TaskCell, min: number | null, decision: string | null): Row {
  return { label: 'task success (treatment)', rate: task.rate, interval: task.interval, bar: min, barKind: 'min', decision: decision ?? 'shown', note: `${frac(task.done, task.n)} tasks done` }
}

export function rateChart(data: readonly Row[], label: string): SVGElement {
  const reach = Math.max(0, ...data.flatMap((r) => [r.rate ?? 0, r.interval?.upper ?? 0, r.bar ?? 0]))
  const top = data.some((r) => r.barKind === 'min') ? 1 : (SCALES.find((s) => s >= reach) ?? 1)
  const x = (v: number) => LABEL + (Math.min(v, top) / top) * TRACK
  const height = data.length * ROW + 30
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top)
  const parts = [
    ...ticks.map((t) => svg('line', { x1: x(t), x2: x(t), y1: 4, y2: height - 22, class: 'grid' })),
    ...ticks.map((t) => svg('text', { x: x(t), y: height - 6, class: 'tick', 'text-anchor': 'middle' }, pct(t, 0)))
  ]
  data.forEach((r, i) => {
    const y = 8 + i * ROW
    const mid = y + 10
    const tone = r.decision.startsWith('pass') ? 'good' : r.decision.startsWith('fail') ? 'bad' : r.decision.startsWith('inconclusive') ? 'warn' : 'muted'
    parts.push(svg('text', { x: LABEL - 8, y: mid + 4, 'text-anchor': 'end', class: 'label' }, r.label))
    parts.push(svg('rect', { x: LABEL, y, width: TRACK, height: 20, class: 'track' }))
    if (r.rate !== null) {
      parts.push(svg('rect', { x: LABEL, y: y + 4, width: Math.max(1, x(r.rate) - LABEL), height: 12, class: `fill ${tone}` }, svg('title', {}, `${r.label}: ${pct(r.rate)}`)))
    }
    if (r.interval) {
      const [a, b] = [x(r.interval.lower), x(r.interval.upper)]
      parts.push(svg('g', { class: 'whisker' }, svg('line', { x1: a, x2: b, y1: mid, y2: mid }), svg('line', { x1: a, x2: a, y1: mid - 5, y2: mid + 5 }), svg('line', { x1: b, x2: b, y1: mid - 5, y2: mid + 5 }), svg('title', {}, `interval ${pct(r.interval.lower)}–${pct(r.interval.upper)}`)))
    }
    if (r.bar !== null) {
      parts.push(svg('line', { x1: x(r.bar), x2: x(r.bar), y1: y - 3, y2: y + 23, class: 'bar' }, svg('title', {}, `${r.barKind === 'max' ? 'bar (maximum)' : 'minimum'} ${pct(r.bar)}`)))
    }
    const bar = r.bar === null ? 'no bar' : `${r.barKind === 'max' ? 'bar' : 'min'} ${pct(r.bar)}`
    parts.push(svg('text', { x: LABEL + TRACK + 10, y: mid - 1, class: `value ${tone}` }, `${pct(r.rate)} · ${bar} · ${r.decision}`))
    parts.push(svg('text', { x: LABEL + TRACK + 10, y: mid + 11, class: 'note' }, r.note))
  })
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': label, class: 'chart' }, ...parts)
}
