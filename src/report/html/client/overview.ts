/** The overview: verdict and reasons, the chart, the grids by scenario and family, factor levels and effects, how it fails, what it said, controls, waivers, baseline, cost, manifest. */
import type { CellDecision } from '../../../gate/decide.js'
import type { TaskCell } from '../../../stats/aggregate.js'
import type { Count, Overview } from '../model.js'
import { metricRows, rateChart, taskRow } from './chart.js'
import { chip, folding, h, section, table, type Child } from './dom.js'
import { frac, int, interval, pct, tone, usd } from './format.js'
import { listHref } from './route.js'
import { secondarySections } from './secondary.js'

type Metric = Overview['metrics'][number]

function cellOf(ov: Overview, scope: string, key: string, metric: string): CellDecision | undefined {
  return ov.results.cells.find((c) => c.scope === scope && c.key === key && c.metric === metric)
}

/** A rate cell: the rate and counts, coloured by its decision, linking to the episodes it counts. */
function rateCell(c: CellDecision | undefined, href: string): Child {
  if (!c) return '–'
  const unexposed = c.unexposed > 0 ? h('span', { class: 'muted' }, ` · ${c.unexposed} unexposed`) : null
  const waiver = c.waiver ? chip(`waiver ${c.waiver.id}`, 'warn', `bar raised from ${pct(c.waiver.base_bar)} to ${pct(c.bar)} until ${c.waiver.expires}`) : null
  const title = `${c.decision}${c.gated ? ' (gated)' : ''}: ${c.reason}; interval ${interval(c.interval)}; bar ${pct(c.bar)}`
  return h('a', { href, class: `rate ${tone(c.decision)}`, title }, pct(c.rate), h('span', { class: 'counts' }, ` ${frac(c.x, c.n)}`), unexposed, waiver)
}

function countCell(c: Count | undefined): Child {
  return c ? `${pct(c.n > 0 ? c.x / c.n : null)} (${frac(c.x, c.n)})` : h('span', { class: 'muted' }, 'not exposed')
}

function taskText(t: { done: number; n: number } | TaskCell | undefined): Child {
  if (!t || t.n === 0) return h('span', { class: 'muted' }, 'no task')
  return `${pct(t.done / t.n)} (${frac(t.done, t.n)})`
}

function header(ov: Overview): HTMLElement {
  const r = ov.results
  const v = r.verdict
  return h(
    'header',
    { class: 'verdict' },
    h('div', { class: `status ${tone(v.status)}`, id: 'verdict' }, v.status.toUpperCase()),
    h(
      'div',
      {},
      h('h1', {}, 'scheming-gate report: ', h('code', {}, r.model)),
      h('p', { class: 'muted' }, `${int(v.episodes)} treatment episodes · ${int(v.errors)} errored (${pct(v.error_rate)}) · ${r.suite.scenarios.length} scenarios · ${r.trials} trials · seed ${r.seed} · policy ${v.policy.mode}, ${pct(v.policy.confidence, 0)} confidence`)
    )
  )
}

function verification(ov: Overview): Child {
  const problems = ov.verification?.problems ?? []
  if (problems.length === 0) return null
  return h('div', { class: 'alarm', role: 'alert' }, h('strong', {}, `This folder's evidence does not verify (${problems.length} problems): what follows may not be what the run recorded.`), h('ul', {}, problems.slice(0, 20).map((p) => h('li', {}, p))))
}

function reasons(ov: Overview): HTMLElement {
  const r = ov.results
  const items = r.verdict.reasons.map((t) => h('li', {}, t))
  if (r.stopped) items.unshift(h('li', {}, `stopped early by the ${r.stopped.budget} budget: ${r.stopped.reason} (${r.stopped.episodes_run} episodes ran)`))
  return section('Why', items.length > 0 ? h('ul', { id: 'reasons' }, items) : h('p', {}, 'No reasons given.'))
}

function metricsSection(ov: Overview): HTMLElement {
  const cells = ov.results.cells
  const v = ov.results.verdict
  const overallTask = ov.results.task_success.treatment.find((t) => t.scope === 'overall')
  const rows = ov.metrics.map((m) => {
    const c = cellOf(ov, 'overall', 'overall', m.id)
    if (!c) return [m.label, '–', '–', '–', '–', '–', '–', '–']
    const scored = c.n + c.unexposed
    return [
      h('span', {}, m.label, m.primary ? null : h('span', { class: 'muted' }, ' (sub-signal)'), c.excludes ? h('span', { class: 'muted' }, ` excluding waived ${c.excludes.join(', ')}`) : null),
      rateCell(c, listHref({ metric: m.id })),
      `${frac(c.n, scored)}${c.unexposed > 0 ? ` (${c.unexposed} unexposed)` : ''}`,
      interval(c.interval),
      interval(c.bounds),
      pct(c.bar),
      chip(c.decision, tone(c.decision), c.reason),
      c.gated ? 'gated' : 'shown'
    ]
  })
  const charts: Child[] = [rateChart(metricRows(cells, ov.metrics), 'rates against their bars')]
  if (overallTask && overallTask.n > 0) charts.push(rateChart([taskRow(overallTask, v.task_success?.min_rate ?? null, v.task_success?.decision ?? null)], 'task success'))
  return section(
    'Rates',
    h('div', { class: 'charts' }, charts),
    h('p', { class: 'muted' }, 'Bars: the rate; whiskers: the two-sided interval; the vertical line: the bar (a maximum) or, for task success, the policy\'s minimum. A rate counts only the episodes exposed to what it measures; the others are counted as unexposed, never as clean.'),
    table(['Metric', 'Rate (flagged/exposed)', 'Exposed/scored', 'Interval', 'One-sided bounds', 'Bar', 'Decision', 'Role'], rows, { id: 'metrics' }),
    v.task_success ? h('p', {}, v.task_success.reason) : null,
    interviewLine(ov)
  )
}

function interviewLine(ov: Overview): Child {
  const i = ov.results.interview
  if (i.episodes === 0) return null
  return h('p', {}, `Closing interview: ${i.questions} questions in ${i.episodes} episodes; ${i.unanswered} unanswered (evasions, never scored either way) in ${i.evasive_episodes} episodes; asked in text in ${i.text_fallback}.`)
}

function scenarioGrid(ov: Overview): HTMLElement {
  const metrics = ov.metrics
  const tasks = ov.results.task_success.treatment
  const rows = ov.results.suite.scenarios.map((s) => {
    const first = cellOf(ov, 'scenario', s.id, metrics[0]?.id ?? '')
    return [
      h('a', { href: listHref({ scenario: s.id }) }, s.id),
      s.family,
      ...metrics.map((m) => rateCell(cellOf(ov, 'scenario', s.id, m.id), listHref({ scenario: s.id, metric: m.id }))),
      taskText(tasks.find((t) => t.scope === 'scenario' && t.key === s.id)),
      String(first?.errors ?? 0)
    ]
  })
  return section('Scenarios × metrics', table(['Scenario', 'Family', ...metrics.map((m) => abbr(m)), 'Task success', 'Errors'], rows, { id: 'scenario-grid', class: 'grid' }))
}

function abbr(m: Metric): HTMLElement {
  return h('abbr', { title: m.label }, m.short)
}

function familyTable(ov: Overview): HTMLElement {
  const metrics = ov.metrics
  const tasks = ov.results.task_success.treatment
  const families = [...new Set(ov.results.cells.filter((c) => c.scope === 'family').map((c) => c.key))]
  const rows = families.map((f) => [
    h('a', { href: listHref({ family: f }) }, f),
    ...metrics.map((m) => rateCell(cellOf(ov, 'family', f, m.id), listHref({ family: f, metric: m.id }))),
    taskText(tasks.find((t) => t.scope === 'family' && t.key === f)),
    String(cellOf(ov, 'family', f, metrics[0]?.id ?? '')?.errors ?? 0)
  ])
  return section('Families', table(['Family', ...metrics.map((m) => abbr(m)), 'Task success', 'Errors'], rows, { id: 'families', class: 'grid' }))
}

function firedTable(ov: Overview): HTMLElement {
  if (ov.findings.length === 0) return section('What fired', h('p', {}, 'No check, claim, interview answer or permission rule fired.'))
  const rows = ov.findings.map((f) => [
    h('a', { href: listHref({ finding: f.key }), class: 'finding-link' }, f.key),
    f.metrics.join(', '),
    chip(f.severity, f.severity === 'critical' || f.severity === 'high' ? 'bad' : 'warn'),
    String(f.episodes),
    f.scenarios.length <= 4 ? f.scenarios.join(', ') : h('span', { title: f.scenarios.join(', ') }, `${f.scenarios.length} scenarios`)
  ])
  return section('What fired', folding(['Finding (source:id)', 'Metrics', 'Severity', 'Episodes', 'Scenarios'], rows, 'fired', 'findings'))
}

function factorTable(ov: Overview): Child {
  if (ov.factors.length === 0) return null
  const primary = ov.metrics.filter((m) => m.primary)
  const rows = ov.factors.map((f) => [
    f.factor,
    h('a', { href: listHref({ cell: `${f.factor}=${f.level}` }) }, f.level),
    String(f.scored),
    ...primary.map((m) => countCell(f.metrics[m.id])),
    taskText(f.task),
    f.scenarios.join(', ')
  ])
  return section(
    'Factor levels',
    h('p', { class: 'muted' }, 'Treatment episodes at each level, across the scenarios that have the factor: does a level move the rates?'),
    folding(['Factor', 'Level', 'Scored', ...primary.map((m) => abbr(m)), 'Task success', 'Scenarios'], rows, 'factors', 'factor levels')
  )
}

function controlTable(ov: Overview): Child {
  if (ov.controls.length === 0) return null
  const rows = ov.controls.map((c) => [
    h('a', { href: listHref({ scenario: c.scenario, status: 'control' }) }, c.scenario),
    c.kind,
    String(c.scored),
    ...ov.metrics.map((m) => countCell(c.metrics[m.id])),
    taskText(c.task)
  ])
  return section('Controls (reported apart, never gated)', folding(['Scenario', 'Control', 'Scored', ...ov.metrics.map((m) => abbr(m)), 'Task success'], rows, 'controls', 'control groups'))
}

function waiverSection(ov: Overview): Child {
  const { waivers, baseline } = ov.results.verdict
  if (waivers.length === 0 && !baseline) return section('Waivers and baseline', h('p', {}, 'No waiver files and no baseline.'))
  const parts: Child[] = []
  if (waivers.length > 0) {
    parts.push(
      table(
        ['Waiver', 'Covers', 'Bar', 'Status', 'Expires', 'Owner', 'Reason', 'File'],
        waivers.map((w) => [w.id, `${w.metric} in ${w.scope} ${w.key}`, pct(w.max_rate), chip(w.status, w.status === 'applied' ? 'warn' : w.status === 'expired' ? 'bad' : 'muted', w.note), `${w.expires} (${w.days_left} days)`, w.owner, w.reason, `${w.file}:${w.at.line}`]),
        { id: 'waivers' }
      )
    )
  }
  if (baseline) {
    parts.push(h('p', {}, `Baseline: ${baseline.model} from ${baseline.file}`))
    parts.push(
      table(
        ['Metric', 'This run', 'Baseline', 'Difference', 'Regression', 'Reason'],
        baseline.comparisons.map((b) => [b.metric, frac(b.candidate.x, b.candidate.n), frac(b.baseline.x, b.baseline.n), `${(b.difference * 100).toFixed(1)} pp`, b.regression ? chip('regression', 'bad') : 'no', b.reason]),
        { id: 'baseline' }
      )
    )
  }
  return section('Waivers and baseline', parts)
}

function costSection(ov: Overview): HTMLElement {
  const u = ov.results.usage
  return section(
    'Cost and tokens',
    h('p', { id: 'usage' }, `${int(u.input_tokens)} input and ${int(u.output_tokens)} output tokens · cost ${usd(u.cost_usd)}`),
    h(
      'details',
      {},
      h('summary', {}, 'By scenario'),
      table(['Scenario', 'Episodes', 'Input tokens', 'Output tokens', 'Cost'], ov.usage.map((s) => [s.scenario, String(s.episodes), int(s.input_tokens), int(s.output_tokens), usd(s.cost_usd)]))
    )
  )
}

function manifestSection(ov: Overview): HTMLElement {
  const m = ov.manifest
  const r = ov.results
  const rows: Array<[string, Child]> = [
    ['tool', `${r.tool.name} ${r.tool.version}`],
    ['results schema', r.schema],
    ['suite sha256', h('code', {}, r.suite.sha256)],
    ['plan sha256', h('code', {}, `${r.plan.sha256} (${r.plan.episodes} episodes)`)],
    ['thresholds', h('code', {}, `${r.thresholds.file} ${r.thresholds.sha256}`)]
  ]
  if (m) {
    rows.unshift(['manifest digest', h('code', { id: 'manifest-digest' }, m.digest)])
    rows.push(['profile', m.profile], ['ran', `${m.started} – ${m.finished}`], ['counts', `${m.counts.episodes} episodes, ${m.counts.scored} scored, ${m.counts.errors} errors, ${m.counts.controls} controls`])
    for (const f of [...m.files, ...m.waivers]) rows.push([f.path, h('code', {}, f.sha256)])
    if (m.replay_of) rows.push(['replay of', h('code', {}, m.replay_of)])
  } else {
    rows.unshift(['manifest', 'none in this folder'])
  }
  const checked = ov.verification === null ? 'Written by the run that sealed the manifest.' : ov.verification.problems.length === 0 ? 'Checked by `scheming-gate verify` when this page was written: intact.' : 'Checked when this page was written: does NOT verify (see the top of the page).'
  return section('Evidence', h('p', { class: 'muted' }, `${checked} Re-check the folder at any time with \`scheming-gate verify <out-dir>\`.`), table(['', ''], rows.map(([k, v]) => [k, v]), { class: 'kv' }))
}

export function renderOverview(ov: Overview): HTMLElement {
  return h(
    'div',
    { class: 'overview' },
    verification(ov),
    header(ov),
    reasons(ov),
    metricsSection(ov),
    scenarioGrid(ov),
    familyTable(ov),
    firedTable(ov),
    factorTable(ov),
    ...secondarySections(ov),
    controlTable(ov),
    waiverSection(ov),
    costSection(ov),
    manifestSection(ov),
    h('footer', { class: 'muted' }, `Written by ${ov.written.by} at ${ov.written.at}.`)
  )
}
