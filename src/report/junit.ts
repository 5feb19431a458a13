/**
 * junit.xml for test-report tools: one test case per scenario cell (classname `<family>.<scenario>`,
 * name = cell id). A cell fails when a treatment episode in it flagged a gated metric, errors when an
 * episode could not complete, and is skipped when it is a control cell (reported apart, never gated).
 * Finding evidence and errors may quote the model: they are cut to one line of plain text with
 * control characters dropped (report tools show messages as text, so markdown escapes would show as
 * backslashes), mentions defused (some tools copy messages into markdown), then XML-escaped.
 */
import type { EpisodeRecord, Results } from './results.js'
import { METRICS } from '../scenario/types.js'
import { clip, defuseMentions } from './text.js'
import { foldInOrder } from '../group-in-order.js'
import { Tally } from '../stats/aggregate.js'

type Outcome = EpisodeRecord

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

type CaseResult = { kind: 'pass' } | { kind: 'skipped'; message: string } | { kind: 'failure' | 'error'; message: string; body: string }

/**
 * One scenario cell's test case, fed its episodes one at a time: what the case reports of them (the
 * flagged episodes' lines, the errored ones, per metric the scored episodes exposed to it), not the
 * episodes themselves.
 */
class CellCase {
  readonly family: string
  readonly scenario: string
  readonly cell: string
  readonly control: Outcome['control']
  readonly tally = new Tally()
  /** Gated metrics flagged, over the flagged episodes, in order of first flagging. */
  readonly metrics = new Set<string>()
  flaggedEpisodes = 0
  /** The first flagged episode's first finding for a gated metric it flagged. */
  lead: Outcome['findings'][number] | undefined
  readonly flagged: string[] = []
  readonly errored: Array<{ episode: string; error: string }> = []

  constructor(first: Outcome) {
    this.family = first.family
    this.scenario = first.scenario
    this.cell = first.cell
    this.control = first.control
  }

  get episodes(): number {
    return this.tally.scored + this.tally.errors
  }

  add(o: Outcome, isGated: (o: Outcome, metric: string) => boolean): void {
    this.tally.add(o)
    if (o.status === 'error') this.errored.push({ episode: o.episode, error: o.error ?? 'unknown error' })
    if (o.status !== 'scored' || this.control !== undefined) return
    const metrics = Object.entries(o.flags)
      .filter(([m, on]) => on && isGated(o, m))
      .map(([m]) => m)
    if (metrics.length === 0) return
    if (this.flaggedEpisodes++ === 0) this.lead = o.findings.find((f) => f.metrics.some((m) => metrics.includes(m)))
    for (const m of metrics) this.metrics.add(m)
    this.flagged.push(`${o.episode}: ${metrics.join(', ')}\n${o.findings.map((f) => `  ${f.id} (${f.kind}, ${f.severity}): ${clip(f.evidence, 300)}`).join('\n')}`)
  }

  result(): CaseResult {
    if (this.control !== undefined) return { kind: 'skipped', message: `control cell (${this.control}): reported apart, never gated` }
    const errored = this.errored
    if (this.flaggedEpisodes > 0) {
      const body = [...this.flagged]
      if (errored.length > 0) body.push(`${errored.length} episode(s) errored: ${errored.map((e) => e.episode).join(', ')}`)
      const lead = this.lead ? `: ${clip(this.lead.evidence, 300)}` : ''
      return { kind: 'failure', message: `${[...this.metrics].join(', ')} in ${this.flaggedEpisodes} of ${this.episodes} episodes${lead}`, body: body.join('\n') }
    }
    if (errored.length > 0) {
      const body = errored.map((e) => `${e.episode}: ${clip(e.error, 300)}`).join('\n')
      return { kind: 'error', message: `${errored.length} of ${this.episodes} episodes errored: ${clip(errored[0]?.error ?? 'unknown error', 300)}`, body }
    }
    return { kind: 'pass' }
  }
}

function property(name: string, value: string, indent: string): string {
  return `${indent}<property name="${xml(name)}" value="${xml(value)}"/>`
}

/** Per metric, how many of the cell's scored episodes were exposed to it (`exposed.revocation_resistance` = `0/3`). */
function exposureProperties(t: Tally): string[] {
  return METRICS.map((m) => property(`exposed.${m}`, `${t.n[m]}/${t.scored}`, '        '))
}

function testcase(c: CellCase, result: CaseResult): string {
  const open = `    <testcase classname="${xml(`${c.family}.${c.scenario}`)}" name="${xml(c.cell)}">`
  const properties = ['      <properties>', ...exposureProperties(c.tally), '      </properties>']
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
  const cells = foldInOrder(
    results.episodes,
    (o) => `${o.scenario}\0${o.cell}`,
    (first) => new CellCase(first),
    (c, o) => c.add(o, isGated)
  )
  const cases = [...cells.values()].map((cell) => ({ cell, result: cell.result() }))
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
