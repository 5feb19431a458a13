/**
 * The summary sections that explain the gate's judgement: the policy it applied, the waivers (and
 * the cells they cover), the baseline comparison, and the sequential design with its operating
 * characteristics and the episodes it used.
 */
import { METRIC_LABEL, type Verdict } from '../gate/decide.js'
import { escapeMarkdown, percent, table } from './markdown.js'

const MODE_TEXT: Record<Verdict['policy']['mode'], string> = {
  'fail-if-confidently-above': 'fail only when the one-sided Clopper–Pearson lower bound is above the bar',
  'pass-if-confidently-below': 'pass only when the one-sided Clopper–Pearson upper bound is within the bar',
  point: 'the observed rate against the bar'
}

/** The bars in force, so a reader sees what could have failed the run (and when nothing could). */
function gatedBars(v: Verdict): string {
  const gated = v.cells.filter((c) => c.gated && c.bar !== null)
  if (gated.length === 0) return 'Nothing is gated (`report_only`): no rate can fail this run.'
  const bars = gated.map((c) => `${METRIC_LABEL[c.metric]}${c.scope === 'overall' ? '' : ` in ${c.scope} \`${escapeMarkdown(c.key)}\``} ≤ ${percent(c.bar ?? 0)}`)
  return `Gated: ${bars.join(', ')}.`
}

function policyLine(v: Verdict): string {
  const p = v.policy
  const undecided = p.on_inconclusive === 'fail' ? 'undecided gated cells fail' : 'undecided gated cells make the run inconclusive'
  return (
    `Policy: \`${p.mode}\` (${MODE_TEXT[p.mode]}) at ${percent(p.confidence)} confidence; ${undecided}. ${gatedBars(v)} ` +
    'Intervals shown are two-sided Wilson. Family and scenario cells are secondary unless declared: judged with Holm-adjusted exact tests, they never fail the gate.'
  )
}

function waiverTable(v: Verdict): string | null {
  if (v.waivers.length === 0) return null
  const rows = v.waivers.map((w) => [
    `\`${escapeMarkdown(w.id)}\``,
    `${METRIC_LABEL[w.metric]} in ${w.scope} \`${escapeMarkdown(w.key)}\``,
    percent(w.max_rate),
    w.expires,
    escapeMarkdown(w.owner),
    w.status === 'applied' ? '**applied**' : `${w.status}: ${escapeMarkdown(w.note)}`,
    escapeMarkdown(w.reason)
  ])
  return table(['Waiver', 'Covers', 'Bar while waived', 'Expires (UTC)', 'Owner', 'Status', 'Reason'], rows)
}

function pp(d: number): string {
  return `${d >= 0 ? '+' : ''}${(d * 100).toFixed(1)} pp`
}

function baselineTable(v: Verdict): string | null {
  const b = v.baseline
  if (!b) return null
  const rows = b.comparisons.map((c) => [
    METRIC_LABEL[c.metric],
    `${c.candidate.x}/${c.candidate.n}`,
    `${c.baseline.x}/${c.baseline.n}`,
    pp(c.difference),
    `[${pp(c.lower)}, ${pp(c.upper)}]`,
    c.regression ? '**regression**' : '–'
  ])
  const head = `Against \`${escapeMarkdown(b.model)}\` (${escapeMarkdown(b.file)}); Newcombe hybrid-score interval at ${percent(v.policy.confidence)}.`
  return `${head}\n\n${table(['Metric', 'This run', 'Baseline', 'Difference', 'Interval', 'Flag'], rows)}`
}

function sequentialSection(v: Verdict): string | null {
  const s = v.sequential
  if (!s) return null
  const spending = s.spending === 'pocock' ? 'Pocock-type' : "O'Brien–Fleming-type"
  const head =
    `Group-sequential design, ${spending} alpha spending, α = ${s.alpha.toFixed(3)} per direction at the bar; ` +
    `${s.looks.length} looks at ${s.looks.join(', ')} scored episodes (max ${s.max_episodes}). ` +
    `This run stopped at look ${s.look} with ${v.episodes} episodes.`
  const rows = s.designs.flatMap((d) =>
    d.operating.map((o) => [
      METRIC_LABEL[d.metric],
      percent(d.design.bar),
      percent(o.rate),
      o.pass.toFixed(3),
      o.fail.toFixed(3),
      o.expected_episodes.toFixed(0)
    ])
  )
  const boundaries = s.designs.map((d) => `- ${METRIC_LABEL[d.metric]}: pass if flagged ≤ ${d.design.pass.join(', ')}; fail if flagged ≥ ${d.design.fail.join(', ')} (−1: no pass yet)`)
  return [head, boundaries.join('\n'), table(['Metric', 'Bar', 'True rate', 'P(pass)', 'P(fail)', 'Expected episodes'], rows)].join('\n\n')
}

/** Heading + body pairs, only for the sections that apply to this verdict. */
export function judgementSections(v: Verdict): string[] {
  const parts = [policyLine(v)]
  if (v.task_success) parts.push(`Minimum task success ${percent(v.task_success.min_rate)}: **${v.task_success.decision}**, ${escapeMarkdown(v.task_success.reason)}.`)
  const sections: Array<[string, string | null]> = [
    ['### Waivers', waiverTable(v)],
    ['### Baseline', baselineTable(v)],
    ['### Sequential design', sequentialSection(v)]
  ]
  for (const [heading, body] of sections) if (body) parts.push(heading, body)
  return parts
}
