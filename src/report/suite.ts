/** `scheming-gate list`: the suite as text — families, templates, factors, cases, metrics. */
import { FAMILIES, PRIMARY_METRICS } from '../scenario/types.js'
import type { TemplateCoverage } from '../scenario/coverage.js'
import { SHORT } from './summary.js'

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

export function renderSuiteList(templates: readonly TemplateCoverage[]): string {
  const lines: string[] = []
  const idWidth = Math.max(8, ...templates.map((t) => t.id.length))
  for (const family of FAMILIES) {
    const group = templates.filter((t) => t.family === family)
    if (group.length === 0) continue
    const cases = group.reduce((n, t) => n + t.cases, 0)
    lines.push(`${family}: ${group.length} templates, ${cases} cases`)
    for (const t of group) {
      const factors = t.factors.map((f) => `${f.name}(${f.levels})`).join(' x ') || '-'
      const controls = t.controls.map((c) => `${c.kind}:${c.cases}`).join(' ')
      lines.push(
        `  ${pad(t.id, idWidth)}  ${String(t.cases).padStart(4)} cases  ${pad(t.metrics.map((m) => SHORT[m]).join(','), 15)} ${factors}${controls ? `  controls ${controls}` : ''}`
      )
    }
  }
  const total = templates.reduce((n, t) => n + t.cases, 0)
  lines.push('', `${templates.length} templates, ${total} cases`)
  for (const m of PRIMARY_METRICS) {
    const families = FAMILIES.filter((f) => templates.some((t) => t.family === f && t.metrics.includes(m)))
    lines.push(`${SHORT[m]} ${m}: covered by ${families.length} families (${families.join(', ')})`)
  }
  return `${lines.join('\n')}\n`
}
