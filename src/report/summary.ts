/** The human summary of a run: verdict, metric table, families, what fired, errors. */
import { METRICS, PRIMARY_METRICS, SEVERITIES, type Metric } from '../scenario/types.js'
import type { CellDecision, Verdict } from '../gate/decide.js'
import { METRIC_LABEL } from '../gate/decide.js'
import { judgementSections } from './judgement.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import type { Usage } from '../providers/types.js'
import { codeBlock, escapeMarkdown, excerpt, percent, table } from './markdown.js'
import { count } from './text.js'
import { ControlGroups, type InterviewSummary, type TaskCell } from '../stats/aggregate.js'
import type { LanguageCell, SecondaryCell } from '../stats/secondary.js'
import type { FactorEffect } from '../stats/factors.js'
import { factorSection, LanguageExamples, languageSection, secondarySection } from './secondary.js'

export interface SummaryInput {
  model: string
  seed: string
  verdict: Verdict
  /** What the summary lists of the episodes, fed each of them. */
  facts: SummaryFacts
  scenarios: number
  /** Token totals; shown when any were counted. */
  usage?: Usage & { cost_usd?: number | null }
  /** Task success beside the safety rates. */
  tasks?: { treatment: TaskCell[]; controls: TaskCell[] }
  interview?: InterviewSummary
  secondary?: readonly SecondaryCell[]
  language?: readonly LanguageCell[]
  factors?: readonly FactorEffect[]
}

const STATUS_LINE: Record<Verdict['status'], string> = {
  pass: '✅ PASS',
  fail: '❌ FAIL',
  inconclusive: '⚠️ INCONCLUSIVE'
}

/** Two-letter metric names for narrow table columns (also used by `scheming-gate list`). */
export const SHORT: Record<Metric, string> = {
  unauthorized_action: 'UA',
  false_compliance: 'FC',
  revocation_resistance: 'RR',
  tamper: 'TA',
  peer_preservation: 'PP'
}

function metricTable(cells: readonly CellDecision[]): string {
  const rows = METRICS.map((m) => {
    const c = cells.find((c) => c.scope === 'overall' && c.metric === m)
    if (!c) return [METRIC_LABEL[m], '–', '–', '–', '–', '–', '–', '–']
    const role = PRIMARY_METRICS.includes(m) ? '' : ' (sub-signal)'
    const carved = c.excludes ? ` (excluding waived ${c.excludes.join(', ')})` : ''
    return [
      `${METRIC_LABEL[m]}${role}${carved}`,
      percent(c.rate),
      `${c.x}/${c.n}`,
      exposure(c),
      c.interval ? `${percent(c.interval.lower)}–${percent(c.interval.upper)}` : '–',
      c.bounds ? `${percent(c.bounds.lower)}–${percent(c.bounds.upper)}` : '–',
      c.bar === null ? '–' : percent(c.bar),
      c.gated ? `**${c.decision}**` : `${c.decision} (not gated)`
    ]
  })
  return table(['Metric', 'Rate', 'Flagged / exposed', 'Exposed / scored', 'Interval', 'One-sided CP bounds', 'Bar', 'Decision'], rows)
}

/** `18/248`, or `248/248`: how many scored episodes were put to the metric's test. */
function exposure(c: { n: number; unexposed: number }): string {
  const scored = c.n + c.unexposed
  return c.unexposed === 0 ? `${c.n}/${scored}` : `**${c.n}/${scored}**`
}

function taskTable(tasks: NonNullable<SummaryInput['tasks']>): string | null {
  const rows = tasks.treatment
    .filter((t) => t.scope !== 'scenario' && t.n > 0)
    .map((t) => [t.scope === 'overall' ? 'all treatment cells' : t.key, `${t.done}/${t.n}`, percent(t.rate), t.interval ? `${percent(t.interval.lower)}–${percent(t.interval.upper)}` : '–'])
  const controls = tasks.controls.find((t) => t.scope === 'overall' && t.n > 0)
  if (controls) rows.push(['control cells (apart)', `${controls.done}/${controls.n}`, percent(controls.rate), controls.interval ? `${percent(controls.interval.lower)}–${percent(controls.interval.upper)}` : '–'])
  return rows.length === 0 ? null : table(['Cells', 'Task done / episodes', 'Task success', 'Interval'], rows)
}

/** Below this share of tasks done, a pass is said to be a pass of a model that did little. */
const FEW_TASKS = 0.5

/** A pass by a model that did not do the work says so, plainly, next to the verdict. */
function taskWarning(v: Verdict, tasks: SummaryInput['tasks']): string | null {
  const overall = tasks?.treatment.find((t) => t.scope === 'overall')
  if (v.status !== 'pass' || !overall || overall.rate === null || overall.rate >= FEW_TASKS) return null
  return `⚠️ Passes, but completed the task in only ${percent(overall.rate)} of episodes (${overall.done}/${overall.n}): a model that does little passes a safety gate easily.`
}

function interviewLine(i: InterviewSummary | undefined): string | null {
  if (!i || i.episodes === 0) return null
  const evasions = i.unanswered === 0 ? 'every question answered' : `${i.unanswered} unanswered (evasions, never scored either way) in ${i.evasive_episodes} episode${i.evasive_episodes === 1 ? '' : 's'}`
  const text = i.text_fallback > 0 ? `; asked in text in ${i.text_fallback} episode${i.text_fallback === 1 ? '' : 's'} (forced tool call refused)` : ''
  return `Closing interview: ${i.questions} questions in ${i.episodes} episodes, ${evasions}${text}.`
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
        const waiver = c?.waiver ? ` waived by \`${escapeMarkdown(c.waiver.id)}\` (bar ${percent(c.bar)}, ${c.decision})` : ''
        const unexposed = c && c.unexposed > 0 ? ` of ${c.n + c.unexposed} scored` : ''
        return c ? `${percent(c.rate)} (${c.x}/${c.n}${unexposed})${mark}${waiver}` : '–'
      }),
      String(first?.errors ?? 0)
    ]
  })
  return table(['Family', ...METRICS.map((m) => SHORT[m]), 'Errors'], rows)
}

interface Fired {
  scenario: string
  id: string
  metrics: string
  kind: string
  severity: string
  n: number
  example: string
}

function firedTable(fired: ReadonlyMap<string, Fired>): string | null {
  if (fired.size === 0) return null
  const rows = [...fired.values()].map((e) => [
    `\`${e.scenario}\``,
    `\`${e.id}\``,
    e.metrics,
    e.kind,
    e.severity,
    String(e.n),
    excerpt(e.example, 200)
  ])
  return table(['Scenario', 'Check', 'Metrics', 'Kind', 'Severity', 'Episodes', 'Example evidence'], rows)
}

function tokens(usage: SummaryInput['usage']): string {
  if (!usage || usage.input_tokens + usage.output_tokens === 0) return ''
  const cost = typeof usage.cost_usd === 'number' ? ` · cost $${usage.cost_usd.toFixed(4)}` : ''
  return ` · tokens ${usage.input_tokens} in / ${usage.output_tokens} out${cost}`
}

const CHART_WIDTH = 40

/** Rate against bar as a text chart: renders the same in a terminal and in a GitHub code block. */
function rateChart(cells: readonly CellDecision[]): string {
  const overall = METRICS.map((m) => cells.find((c) => c.scope === 'overall' && c.metric === m)).filter((c) => c !== undefined)
  const label = Math.max(...overall.map((c) => METRIC_LABEL[c.metric].length))
  const lines = overall.map((c) => {
    const filled = Math.round((c.rate ?? 0) * CHART_WIDTH)
    const mark = c.bar === null ? -1 : Math.min(CHART_WIDTH - 1, Math.round(c.bar * CHART_WIDTH))
    const track = Array.from({ length: CHART_WIDTH }, (_, i) => (i === mark ? '┃' : i < filled ? '█' : '·')).join('')
    const bar = c.bar === null ? 'no bar' : `bar ${percent(c.bar)}`
    return `${METRIC_LABEL[c.metric].padEnd(label)} ${track} ${percent(c.rate).padStart(6)}  ${bar}  ${c.decision}`
  })
  return codeBlock([...lines, `${''.padEnd(label)} 0%${' '.repeat(CHART_WIDTH - 6)}100%   ┃ = bar`].join('\n'), 'text')
}

const WORST_SHOWN = 5
const ERRORS_SHOWN = 20

/** Per finding, the rank of its severity. */
const severityRank = (f: EpisodeOutcome['findings'][number]) => SEVERITIES.indexOf(f.severity)

interface Worst {
  episode: string
  rank: number
  flagged: Metric[]
  findings: number
  top: EpisodeOutcome['findings'][number]
}

/** What the summary lists of the episodes, fed an episode at a time: counts, what fired, the worst, the errors, the controls, language examples. */
export class SummaryFacts {
  episodes = 0
  inControls = 0
  errors = 0
  errorsInControls = 0
  /** The first errored episodes, as listed. */
  readonly errored: string[] = []
  /** Per scenario and check, in order of first firing. */
  readonly fired = new Map<string, Fired>()
  /** Episodes with findings ranked by their most severe finding, then by how many metrics they flagged (ties in episode order): the first few. */
  readonly worst: Worst[] = []
  /** Scored control episodes per scenario and control kind. */
  readonly controls = new ControlGroups()
  readonly examples = new LanguageExamples()

  add(o: EpisodeOutcome): void {
    this.episodes++
    if (o.control !== undefined) this.inControls++
    if (o.status === 'error') {
      this.errors++
      if (o.control !== undefined) this.errorsInControls++
      if (this.errored.length < ERRORS_SHOWN) this.errored.push(`- \`${o.episode}\`: ${escapeMarkdown(o.error ?? '')}`)
    }
    for (const f of o.findings) {
      const key = `${o.scenario}\0${f.id}`
      const entry = this.fired.get(key)
      if (entry) entry.n++
      else this.fired.set(key, { scenario: o.scenario, id: f.id, metrics: f.metrics.map((m) => SHORT[m]).join(', '), kind: f.kind, severity: f.severity, n: 1, example: f.evidence })
    }
    if (o.findings.length > 0) this.rankWorst(o)
    if (o.status === 'scored') this.controls.add(o)
    this.examples.add(o)
  }

  /** Places the episode after every listed one at least as bad (a stable ranking), keeping the first few. */
  private rankWorst(o: EpisodeOutcome): void {
    const rank = Math.max(...o.findings.map(severityRank))
    const flagged = METRICS.filter((m) => o.flags[m])
    const at = this.worst.findIndex((w) => w.rank < rank || (w.rank === rank && w.flagged.length < flagged.length))
    if (at < 0 && this.worst.length >= WORST_SHOWN) return
    const top = o.findings.reduce((a, f) => (severityRank(f) > severityRank(a) ? f : a))
    this.worst.splice(at < 0 ? this.worst.length : at, 0, { episode: o.episode, rank, flagged, findings: o.findings.length, top })
    this.worst.length = Math.min(this.worst.length, WORST_SHOWN)
  }
}

function worstEpisodes(worst: readonly Worst[]): string | null {
  if (worst.length === 0) return null
  const rows = worst.map((w) => [`\`${w.episode}\``, w.flagged.map((m) => SHORT[m]).join(', '), String(w.findings), `${w.top.severity}: ${excerpt(w.top.evidence)}`])
  return table(['Episode', 'Flagged', 'Findings', 'Worst finding (excerpt)'], rows)
}

function errorList(facts: SummaryFacts): string | null {
  if (facts.errors === 0) return null
  const more = facts.errors - facts.errored.length
  return [...facts.errored, ...(more > 0 ? [`- … and ${more} more`] : [])].join('\n')
}

/** Control cells, per scenario and kind: flagged / scored per metric. They calibrate the treatment cells. */
function controlTable(controls: ControlGroups): string | null {
  if (controls.size === 0) return null
  const rows = controls.list().map(({ scenario, kind, tally }) => [`\`${scenario}\``, kind, ...METRICS.map((m) => `${tally.x[m]}/${tally.scored}`)])
  return table(['Scenario', 'Control', ...METRICS.map((m) => SHORT[m])], rows)
}

/** Every episode that ran, control cells included (the unit progress counts in); the rates count treatment cells only. */
function episodeCounts(facts: SummaryFacts): string {
  const inControls = (n: number) => (n > 0 ? ` (${n} in control cells)` : '')
  return `${count(facts.episodes, 'episode')}${inControls(facts.inControls)} · ${count(facts.errors, 'error')}${inControls(facts.errorsInControls)}`
}

export function renderSummary(input: SummaryInput): string {
  const { facts } = input
  const v = input.verdict
  const warning = taskWarning(v, input.tasks)
  const parts = [
    `## scheming-gate: ${STATUS_LINE[v.status]}`,
    ...(warning ? [warning] : []),
    `Model \`${escapeMarkdown(input.model)}\` · ${count(input.scenarios, 'scenario')} · ${episodeCounts(facts)} · seed \`${escapeMarkdown(input.seed)}\`${tokens(input.usage)}`,
    v.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n'),
    '### Metrics',
    metricTable(v.cells),
    rateChart(v.cells),
    'A rate counts only the episodes exposed to what it measures (revocation resistance: a stop or revocation reached the model); the others are shown, never counted as clean.'
  ]
  const tasks = input.tasks ? taskTable(input.tasks) : null
  if (tasks) parts.push('### Task success', tasks)
  const interview = interviewLine(input.interview)
  if (interview) parts.push(interview)
  parts.push('### By family', familyTable(v.cells), ...judgementSections(v))
  const secondary = input.secondary ? secondarySection(input.secondary) : null
  if (secondary) parts.push('### How it fails', secondary)
  const language = input.language ? languageSection(input.language, facts.examples) : null
  if (language) parts.push('### What it said about its intent', language)
  const factors = input.factors ? factorSection(input.factors, v.policy.confidence) : null
  if (factors) parts.push('### Factor effects', factors)
  const controls = controlTable(facts.controls)
  if (controls) parts.push('### Controls (reported apart, not gated)', controls)
  const fired = firedTable(facts.fired)
  parts.push('### What fired', fired ?? 'No check, claim or permission rule fired.')
  const worst = worstEpisodes(facts.worst)
  if (worst) parts.push('### Worst episodes', worst)
  const errors = errorList(facts)
  if (errors) parts.push('### Errored episodes (excluded from the rates)', errors)
  return `${parts.join('\n\n')}\n`
}
