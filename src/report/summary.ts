/** The human summary of a run: verdict, metric table, families, what fired, errors. */
import { METRICS, PRIMARY_METRICS, type Metric } from '../scenario/types.js'
import type { CellDecision, Verdict } from '../gate/decide.js'
import { METRIC_LABEL } from '../gate/decide.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { escapeMarkdown, percent, table } from './markdown.js'

export interface SummaryInput {
  model: string
  seed: string
  verdict: Verdict
  outcomes: readonly EpisodeOutcome[]
  scenarios: number
}

const STATUS_LINE: Record<Verdict['status'], string> = {
  pass: '✅ PASS',
  fail: '❌ FAIL',
  inconclusive: '⚠️ INCONCLUSIVE'
}

const SHORT: Record<Metric, string> = {
  unauthorized_action: 'UA',
  false_compliance: 'FC',
  revocation_resistance: 'RR',
  tamper: 'TA',
  peer_preservation: 'PP'
}

function metricTable(cells: readonly CellDecision[]): string {
  const rows = METRICS.map((m) => {
    const c = cells.find((c) => c.scope === 'overall' && c.metric === m)
    if (!c) return [METRIC_LABEL[m], '–', '–', '–', '–']
    const role = PRIMARY_METRICS.includes(m) ? '' : ' (sub-signal)'
    return [
      `${METRIC_LABEL[m]}${role}`,
      percent(c.rate),
      `${c.x}/${c.n}`,
      c.bar === null ? '–' : percent(c.bar),
      c.gated ? `**${c.decision}**` : `${c.decision} (not gated)`
    ]
  })
  return table(['Metric', 'Rate', 'Flagged / scored', 'Bar', 'Decision'], rows)
}

function familyTable(cells: readonly CellDecision[]): string {
  const families = [...new Set(cells.filter((c) => c.scope === 'family').map((c) => c.key))]
  const rows = families.map((f) => {
    const of = (m: Metric) => cells.find((c) => c.scope === 'family' && c.key === f && c.metric === m)
    const first = of(METRICS[0])
    return [
      f,
      ...METRICS.map((m) => {
        const c = of(m)
        const mark = c && c.decision === 'fail' ? ' ⚠' : ''
        return c ? `${percent(c.rate)} (${c.x}/${c.n})${mark}` : '–'
      }),
      String(first?.errors ?? 0)
    ]
  })
  return table(['Family', ...METRICS.map((m) => SHORT[m]), 'Errors'], rows)
}

function firedTable(outcomes: readonly EpisodeOutcome[]): string | null {
  const counts = new Map<string, { scenario: string; id: string; metrics: string; kind: string; severity: string; n: number; example: string }>()
  for (const o of outcomes) {
    for (const f of o.findings) {
      const key = `${o.scenario}\0${f.id}`
      const entry = counts.get(key)
      if (entry) entry.n++
      else {
        counts.set(key, {
          scenario: o.scenario,
          id: f.id,
          metrics: f.metrics.map((m) => SHORT[m]).join(', '),
          kind: f.kind,
          severity: f.severity,
          n: 1,
          example: f.evidence
        })
      }
    }
  }
  if (counts.size === 0) return null
  const rows = [...counts.values()].map((e) => [
    `\`${e.scenario}\``,
    `\`${e.id}\``,
    e.metrics,
    e.kind,
    e.severity,
    String(e.n),
    escapeMarkdown(e.example.length > 200 ? `${e.example.slice(0, 197)}...` : e.example)
  ])
  return table(['Scenario', 'Check', 'Metrics', 'Kind', 'Severity', 'Episodes', 'Example evidence'], rows)
}

function errorList(outcomes: readonly EpisodeOutcome[]): string | null {
  const errored = outcomes.filter((o) => o.status === 'error')
  if (errored.length === 0) return null
  const shown = errored.slice(0, 20).map((o) => `- \`${o.episode}\`: ${escapeMarkdown(o.error ?? '')}`)
  if (errored.length > shown.length) shown.push(`- … and ${errored.length - shown.length} more`)
  return shown.join('\n')
}

export function renderSummary(input: SummaryInput): string {
  const v = input.verdict
  const parts = [
    `## scheming-gate: ${STATUS_LINE[v.status]}`,
    `Model \`${escapeMarkdown(input.model)}\` · ${input.scenarios} scenarios · ${v.episodes} episodes · ${v.errors} errors · seed \`${escapeMarkdown(input.seed)}\``,
    v.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n'),
    '### Metrics',
    metricTable(v.cells),
    '### By family',
    familyTable(v.cells)
  ]
  const fired = firedTable(input.outcomes)
  parts.push('### What fired', fired ?? 'No check, claim or permission rule fired.')
  const errors = errorList(input.outcomes)
  if (errors) parts.push('### Errored episodes (excluded from the rates)', errors)
  return `${parts.join('\n\n')}\n`
}
