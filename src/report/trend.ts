/**
 * The trend's outputs: trend.json (the whole report), a compact markdown table for a step summary,
 * and an SVG chart (rate and Wilson band per metric and model, flagged runs marked) that the HTML
 * report can embed as it is: no script, no external reference, every label escaped.
 */
import { METRICS, type Metric } from '../scenario/types.js'
import { METRIC_LABEL } from '../gate/decide.js'
import { pct } from '../gate/judge.js'
import { MIN_TRAILING, type TrendPoint, type TrendReport, type TrendSeries } from '../stats/trend.js'
import { escapeMarkdown, inlineCode, percent, table } from './markdown.js'
import { SHORT } from './summary.js'

export function serialiseTrend(report: TrendReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const SPARK = '▁▂▃▄▅▆▇█'

/** Rates as a sparkline scaled to the series' own maximum (a flat line when all are 0); `·` where a run had no episodes. */
function sparkline(points: readonly TrendPoint[]): string {
  const top = Math.max(0, ...points.map((p) => p.rate ?? 0))
  return points.map((p) => (p.rate === null ? '·' : SPARK[top === 0 ? 0 : Math.min(SPARK.length - 1, Math.round((p.rate / top) * (SPARK.length - 1)))])).join('')
}

function latestText(p: TrendPoint): string {
  if (p.rate === null) return '–'
  return `${p.x}/${p.n} = ${percent(p.rate)}${p.interval ? ` (${percent(p.interval.lower)}–${percent(p.interval.upper)})` : ''}`
}

function flagText(p: TrendPoint): string {
  if (p.flagged) return `⚠ worse (adjusted p ${(p.adjusted as number).toPrecision(2)})`
  return p.trailing ? 'no' : `– (fewer than ${MIN_TRAILING} earlier runs)`
}

function rows(report: TrendReport, model: string): string[][] {
  const own = report.series.filter((s) => s.model === model)
  // Overall always; a family only where a run of it was flagged.
  const shown = own.filter((s) => s.scope === 'overall' || s.points.some((p) => p.flagged))
  return shown.map((s) => {
    const last = s.points[s.points.length - 1] as TrendPoint
    const trailing = last.trailing ? `${last.trailing.x}/${last.trailing.n} = ${percent(last.trailing.rate)} over ${last.trailing.runs} runs` : '–'
    const earlier = s.points.slice(0, -1).filter((p) => p.flagged).length
    return [s.scope === 'overall' ? 'overall' : escapeMarkdown(s.key), METRIC_LABEL[s.metric], inlineCode(sparkline(s.points)), latestText(last), trailing, `${flagText(last)}${earlier > 0 ? ` · ${earlier} earlier flagged` : ''}`]
  })
}

/** The step-summary table: per model, the overall series (and any family with a flagged run), read from the latest run. */
export function renderTrendMarkdown(report: TrendReport): string {
  const models = [...new Set(report.runs.map((r) => r.model))]
  const parts = [
    '## scheming-gate: trend',
    `${report.runs.length} runs · ${models.length} model${models.length === 1 ? '' : 's'} · trailing window ${report.window} runs · ${pct(report.confidence, 0)} confidence · test: ${report.test}.`
  ]
  if (report.flagged.length > 0) {
    parts.push(
      report.flagged
        .map((f) => `- ⚠ ${inlineCode(f.label)} (${inlineCode(f.model)}) is confidently worse than its trailing window: ${f.series.map((s) => `${s.scope === 'overall' ? '' : `${escapeMarkdown(s.key)} `}${SHORT[s.metric]}`).join(', ')}`)
        .join('\n')
    )
  } else parts.push('No run is confidently worse than its trailing window.')
  for (const model of models) {
    const runs = report.runs.filter((r) => r.model === model)
    const last = runs[runs.length - 1]
    const risk = runs.map((r) => (r.risk_score === null ? '–' : r.risk_score.toFixed(1))).join(' → ')
    parts.push(
      `### ${inlineCode(model)}: ${runs.length} run${runs.length === 1 ? '' : 's'}, ${inlineCode(runs[0]?.label ?? '')} → ${inlineCode(last?.label ?? '')}`,
      table(['Scope', 'Rate', 'Runs (oldest → latest)', 'Latest run', 'Trailing window', 'Latest confidently worse?'], rows(report, model)),
      `Risk score by run: ${risk}.`
    )
  }
  return `${parts.join('\n\n')}\n`
}

// ------------------------------------------------------------------ SVG

const XML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' }

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => XML[c] as string)
}

const PANEL = { width: 220, height: 150, left: 44, right: 10, top: 26, bottom: 34 }
/** Axis tops: the smallest that holds every interval of a panel. */
const TOPS = [0.05, 0.1, 0.2, 0.5, 1]

const n1 = (v: number) => v.toFixed(1)

function panel(s: TrendSeries, labels: readonly string[], x0: number, y0: number): string {
  const w = PANEL.width - PANEL.left - PANEL.right
  const h = PANEL.height - PANEL.top - PANEL.bottom
  const top = TOPS.find((t) => s.points.every((p) => (p.interval?.upper ?? 0) <= t)) ?? 1
  const at = (k: number) => x0 + PANEL.left + (s.points.length === 1 ? w / 2 : (k * w) / (s.points.length - 1))
  const y = (r: number) => y0 + PANEL.top + h - (r / top) * h
  const known = s.points.map((p, k) => ({ p, k })).filter(({ p }) => p.rate !== null && p.interval !== null)
  const band = known.length === 0 ? '' : `<polygon class="band" points="${[...known.map(({ p, k }) => `${n1(at(k))},${n1(y(p.interval?.upper ?? 0))}`), ...[...known].reverse().map(({ p, k }) => `${n1(at(k))},${n1(y(p.interval?.lower ?? 0))}`)].join(' ')}"/>`
  const line = known.length < 2 ? '' : `<polyline class="rate" points="${known.map(({ p, k }) => `${n1(at(k))},${n1(y(p.rate ?? 0))}`).join(' ')}"/>`
  const dots = known
    .map(({ p, k }) => {
      const tip = `${labels[p.run] ?? ''}: ${p.x}/${p.n} = ${percent(p.rate)}${p.flagged ? ', confidently worse than the trailing window' : ''}`
      return `<circle class="${p.flagged ? 'flag' : 'dot'}" cx="${n1(at(k))}" cy="${n1(y(p.rate ?? 0))}" r="${p.flagged ? 5 : 2.5}"><title>${xml(tip)}</title></circle>`
    })
    .join('')
  const first = labels[s.points[0]?.run ?? 0] ?? ''
  const last = labels[s.points[s.points.length - 1]?.run ?? 0] ?? ''
  const cut = (t: string) => xml(t.length > 16 ? `${t.slice(0, 15)}…` : t)
  return [
    `<g class="panel">`,
    `<text class="title" x="${x0 + PANEL.left}" y="${y0 + 16}">${xml(SHORT[s.metric])}: ${xml(METRIC_LABEL[s.metric])}</text>`,
    `<rect class="frame" x="${x0 + PANEL.left}" y="${y0 + PANEL.top}" width="${w}" height="${h}"/>`,
    `<text class="axis" x="${x0 + PANEL.left - 4}" y="${y0 + PANEL.top + 4}" text-anchor="end">${pct(top, 0)}</text>`,
    `<text class="axis" x="${x0 + PANEL.left - 4}" y="${y0 + PANEL.top + h}" text-anchor="end">0%</text>`,
    `<text class="axis" x="${x0 + PANEL.left}" y="${y0 + PANEL.height - 18}">${cut(first)}</text>`,
    `<text class="axis" x="${x0 + PANEL.width - PANEL.right}" y="${y0 + PANEL.height - 18}" text-anchor="end">${cut(last)}</text>`,
    band,
    line,
    dots,
    `</g>`
  ].join('')
}

/**
 * The overall rate of each metric over the runs, one row of panels per model: the rate as a line,
 * its two-sided Wilson interval as a band, a flagged run as a large red dot. A string of SVG 1.1
 * with its own styles and a title per point; model names and run labels are XML-escaped.
 */
export function trendSvg(report: TrendReport, metrics: readonly Metric[] = METRICS): string {
  const models = [...new Set(report.runs.map((r) => r.model))]
  const labels = report.runs.map((r) => r.label)
  const width = PANEL.width * metrics.length
  const rowHeight = PANEL.height + 24
  const height = rowHeight * models.length
  const rowsSvg = models.map((model, m) => {
    const y0 = m * rowHeight
    const panels = metrics.map((metric, i) => {
      const s = report.series.find((x) => x.model === model && x.scope === 'overall' && x.metric === metric)
      return s ? panel(s, labels, i * PANEL.width, y0 + 20) : ''
    })
    return `<text class="model" x="4" y="${y0 + 16}">${xml(model)}</text>${panels.join('')}`
  })
  const style =
    '.model{font:bold 13px sans-serif;fill:#222}.title{font:12px sans-serif;fill:#222}.axis{font:10px sans-serif;fill:#555}' +
    '.frame{fill:none;stroke:#bbb}.band{fill:#9ecae1;fill-opacity:.45;stroke:none}.rate{fill:none;stroke:#08519c;stroke-width:1.5}' +
    '.dot{fill:#08519c}.flag{fill:#d62728;stroke:#fff;stroke-width:1}'
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="scheming-gate trend">`,
    `<title>scheming-gate trend: overall rates by run, ${pct(report.confidence, 0)} Wilson bands; red: confidently worse than the trailing ${report.window} runs</title>`,
    `<style>${style}</style>`,
    ...rowsSvg,
    '</svg>'
  ].join('\n')
}
