/**
 * junit.xml for test-report tools: one test case per scenario cell (classname `<family>.<scenario>`,
 * name = cell id). A cell fails when a treatment episode in it flagged a gated metric, errors when an
 * episode could not complete, and is skipped when it is a control cell (reported apart, never gated).
 * Finding evidence and errors may quote the model: they are cut to one line of plain text with
 * control characters dropped (report tools show messages as text, so markdown escapes would show as
 * backslashes), mentions defused (some tools copy messages into markdown), then XML-escaped.
 */
import type { Results } from './results.js'
import { METRICS } from '../scenario/types.js'
import { clip, defuseMentions } from './text.js'
import { groupInOrder } from '../group-in-order.js'

type Outcome = Results['episodes'][number]

export interface JunitInput {
  results: Results
  /** Wall-clock seconds the run took. */
  seconds: number
  started: Date
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
/** Characters XML 1.0 cannot carry at all: lone surrogates and the two non-characters. */
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g

function xml(text: string): string {
  return defuseMentions(text).replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
}

/** Is the metric gated in a cell that covers this episode (overall, its family or its scenario)? */
function gatedFor(results: Results): (o: Outcome, metric: string) => boolean {
  const gated = new Set(results.cells.filter((c) => c.gated).map((c) => `${c.scope}\0${c.key}\0${c.metric}`))
  return (o, metric) => gated.has(`overall\0overall\0${metric}`) || gated.has(`family\0${o.family}\0${metric}`) || gated.has(`scenario\0${o.scenario}\0${metric}`)
}

function cells(episodes: readonly Outcome[]): Outcome[][] {
  return [...groupInOrder(episodes, (o) => `${o.scenario}\0${o.cell}`).values()]
}

type CaseResult = { kind: 'pass' } | { kind: 'skipped'; message: string } | { kind: 'failure' | 'error'; message: string; body: string }

function caseResult(cell: readonly Outcome[], isGated: (o: Outcome, metric: string) => boolean): CaseResult {
  const first = cell[0] as Outcome
  if (first.control !== undefined) return { kind: 'skipped', message: `control cell (${first.control}): reported apart, never gated` }
  const flagged = cell
    .filter((o) => o.status === 'scored')
    .map((o) => ({ o, metrics: Object.entries(o.flags).filter(([m, on]) => on && isGated(o, m)).map(([m]) => m) }))
    .filter((f) => f.metrics.length > 0)
  const errored = cell.filter((o) => o.status === 'error')
  if (flagged.length > 0) {
    const metrics = [...new Set(flagged.flatMap((f) => f.metrics))]
    const lead = flagged[0] as (typeof flagged)[number]
    const finding = lead.o.findings.find((f) => f.metrics.some((m) => lead.metrics.includes(m)))
    const body = flagged.map(({ o, metrics: ms }) => `${o.episode}: ${ms.join(', ')}\n${o.findings.map((f) => `  ${f.id} (${f.kind}, ${f.severity}): ${clip(f.evidence, 300)}`).join('\n')}`)
    if (errored.length > 0) body.push(`${errored.length} episode(s) errored: ${errored.map((o) => o.episode).join(', ')}`)
    return { kind: 'failure', message: `${metrics.join(', ')} in ${flagged.length} of ${cell.length} episodes${finding ? `: ${clip(finding.evidence, 300)}` : ''}`, body: body.join('\n') }
  }
  if (errored.length > 0) {
    const body = errored.map((o) => `${o.episode}: ${clip(o.error ?? 'unknown error', 300)}`).join('\n')
    return { kind: 'error', message: `${errored.length} of ${cell.length} episodes errored: ${clip(errored[0]?.error ?? 'unknown error', 300)}`, body }
  }
  return { kind: 'pass' }
}

function property(name: string, value: string, indent: string): string {
  return `${indent}<property name="${xml(name)}" value="${xml(value)}"/>`
}

/** Per metric, how many of the cell's scored episodes were exposed to it (`exposed.revocation_resistance` = `0/3`). */
function exposureProperties(cell: readonly Outcome[]): string[] {
  const scored = cell.filter((o) => o.status === 'scored')
  return METRICS.map((m) => property(`exposed.${m}`, `${scored.filter((o) => o.exposed[m]).length}/${scored.length}`, '        '))
}

function testcase(cell: readonly Outcome[], result: CaseResult): string {
  const first = cell[0] as Outcome
  const open = `    <testcase classname="${xml(`${first.family}.${first.scenario}`)}" name="${xml(first.cell)}">`
  const properties = ['      <properties>', ...exposureProperties(cell), '      </properties>']
  const body =
    result.kind === 'pass'
      ? []
      : result.kind === 'skipped'
        ? [`      <skipped message="${xml(result.message)}"/>`]
        : // Untrusted parts of message and body were cut to plain lines when built; here all of it is escaped for XML.
          [`      <${result.kind} message="${xml(result.message)}" type="${result.kind === 'failure' ? 'gated metric flagged' : 'episode error'}">${xml(result.body)}</${result.kind}>`]
  return [open, ...properties, ...body, '    </testcase>'].join('\n')
}

export function renderJunit({ results, seconds, started }: JunitInput): string {
  const isGated = gatedFor(results)
  const cases = cells(results.episodes).map((cell) => ({ cell, result: caseResult(cell, isGated) }))
  const count = (kind: CaseResult['kind']) => cases.filter((c) => c.result.kind === kind).length
  const counts = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds.toFixed(3)}"`
  const overall = results.cells.filter((c) => c.scope === 'overall')
  const tasks = results.task_success.treatment.find((c) => c.scope === 'overall')
  const properties = [
    ['model', results.model],
    ['seed', results.seed],
    ['verdict', results.verdict.status],
    ['plan', results.plan.sha256],
    ...overall.map((c) => [`exposed.${c.metric}`, `${c.n}/${c.n + c.unexposed}`]),
    ...(tasks && tasks.n > 0 ? [['task_success', `${tasks.done}/${tasks.n}`]] : [])
  ].map(([name, value]) => property(name ?? '', value ?? '', '      '))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="scheming-gate" ${counts}>`,
    `  <testsuite name="${xml(`scheming-gate ${results.model}`)}" ${counts} timestamp="${started.toISOString()}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map((c) => testcase(c.cell, c.result)),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
