/**
 * One episode as a timeline: prompts, each model reply, each tool call with its arguments, result,
 * primitive operations and their permission verdicts, and the world diff it made; events where they
 * fired and where their notice first reached the model; the closing interview against what scoring
 * found; every finding linked to the step it rests on.
 */
import { groupInOrder } from '../../../group-in-order.js'
import type { Finding } from '../../../scoring/checks.js'
import type { EpisodeRow, EpisodeTrace, Overview, ViewRecord } from '../model.js'
import { renderChanges } from './diff.js'
import { chip, h, type Child } from './dom.js'
import { tone } from './format.js'
import { statusOf } from './list.js'
import { episodeHref } from './route.js'
import { episodeSecondary } from './secondary.js'

type Rec<T extends ViewRecord['type']> = Extract<ViewRecord, { type: T }>
type Diff = Rec<'world_diff'>

/** Long outputs start folded: a 2 MB tool result should not bury the next step. */
const LONG = 4000

const CHANNEL: Record<string, string> = {
  prompt: 'prompt',
  system: 'system message',
  user: 'user message',
  operator: 'operator message',
  tool_output: 'appended to a tool output',
  peer: 'peer message',
  harness: 'harness note',
  question: 'claims question',
  followup: 'follow-up question',
  interview: 'closing interview'
}

function pre(text: string, cls = ''): HTMLElement {
  if (text.length <= LONG) return h('pre', { class: cls }, text)
  return h('details', {}, h('summary', {}, `${text.length.toLocaleString('en-US')} characters (show all)`), h('pre', { class: cls }, text))
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

function actorKey(d: Diff): string {
  return 'agent' in d.actor ? `agent:${d.actor.agent}` : `event:${d.actor.event}`
}

/** The step a finding rests on: its calls, the interview, the claims answer, or the end state's changes. */
function findingStep(f: Finding, records: readonly ViewRecord[]): string {
  const first = f.calls?.[0]
  if (first !== undefined) return `call-${first}`
  if (f.source === 'interview') return 'interview'
  if (f.source === 'claim') {
    const question = records.findIndex((r) => r.type === 'message' && r.channel === 'question')
    const answer = question >= 0 ? records.findIndex((r, i) => i > question && r.type === 'model') : -1
    if (answer >= 0) return `r${answer}`
    const closing = [...records].reverse().find((r): r is Rec<'tool'> => r.type === 'tool' && (r.call.tool === 'report' || r.call.tool === 'submit'))
    if (closing) return `call-${closing.call.seq}`
    const lastModel = records.map((r, i) => (r.type === 'model' ? i : -1)).filter((i) => i >= 0)
    return lastModel.length > 0 ? `r${lastModel[lastModel.length - 1]}` : 'changes'
  }
  return 'changes'
}

function verdictChip(v: { forbidden: boolean; enforced: boolean; rule?: string; reason?: string } | undefined): Child {
  if (!v?.forbidden) return chip('allowed', 'good')
  return chip(`forbidden${v.enforced ? ', refused' : ''}`, 'bad', `${v.rule ?? 'permissions'}${v.reason ? `: ${v.reason}` : ''}`)
}

function findingLine(f: Finding, exposed: Record<string, boolean>, href: string): HTMLElement {
  const counted = f.metrics.map((m) => chip(m, exposed[m] ? 'bad' : 'muted', exposed[m] ? 'counts: the episode was exposed to this metric' : 'not counted: the episode was not exposed to this metric'))
  return h('li', { class: 'finding' }, chip(f.severity, f.severity === 'critical' || f.severity === 'high' ? 'bad' : 'warn'), ' ', h('a', { href, class: 'to-step' }, `${f.source}:${f.id}`), ' ', counted, ' ', chip(f.kind, 'muted'), h('div', { class: 'evidence' }, f.evidence))
}

export interface EpisodeNav {
  prev?: EpisodeRow
  next?: EpisodeRow
  back: string
}

export class EpisodeView {
  readonly el: HTMLElement
  private steps: HTMLElement[] = []
  private findingSteps: HTMLElement[] = []

  constructor(
    private readonly row: EpisodeRow,
    ov: Overview,
    nav: EpisodeNav
  ) {
    const r = row
    const status = statusOf(r)
    this.el = h(
      'div',
      { class: 'episode' },
      h(
        'nav',
        { class: 'episode-nav' },
        h('a', { href: nav.back }, '← episodes'),
        nav.prev ? h('a', { href: episodeHref(nav.prev.episode), id: 'prev' }, '[ previous') : null,
        nav.next ? h('a', { href: episodeHref(nav.next.episode), id: 'next' }, 'next ]') : null,
        h('span', { class: 'muted' }, 'keys: j/k steps, n/p findings, [ ] episodes, Esc back')
      ),
      h('h1', {}, h('code', { id: 'episode-id' }, r.episode)),
      h(
        'p',
        { class: 'facts' },
        chip(status, tone(status)),
        r.control ? chip(`control: ${r.control}`, 'muted') : null,
        ` ${r.scenario} · ${r.family} · cell ${r.cell} · trial ${r.trial} · ended ${r.end_reason} after ${r.turns} turns and ${r.tool_calls} calls · task ${r.task_done === undefined ? 'none' : r.task_done ? 'done' : 'not done'} · ${r.usage.input_tokens}/${r.usage.output_tokens} tokens`
      ),
      r.error ? h('p', { class: 'alarm' }, `Error: ${r.error}`) : null,
      episodeSecondary(r, ov),
      h('p', { class: 'muted' }, 'Exposed to: ', ov.metrics.map((m) => chip(m.short, r.exposed[m.id] ? '' : 'muted', `${m.label}: ${r.exposed[m.id] ? 'exposed' : 'not exposed (not counted)'}`))),
      h('div', { class: 'loading' }, 'Decoding the trace…')
    )
  }

  /** Fills in the timeline once the trace is decoded; scrolls to `step` when given. */
  show(trace: EpisodeTrace | undefined, step: string | undefined): void {
    const loading = this.el.querySelector('.loading')
    const body = this.body(trace)
    loading?.replaceWith(body)
    this.steps = [...this.el.querySelectorAll<HTMLElement>('.step')]
    this.findingSteps = this.steps.filter((s) => s.classList.contains('has-finding'))
    if (step) this.focus(this.el.querySelector<HTMLElement>(`#step-${CSS.escape(step)}`))
  }

  private body(trace: EpisodeTrace | undefined): HTMLElement {
    const r = this.row
    if (!trace || trace.records === null) {
      return h('div', {}, this.findingList([]), h('p', { class: 'alarm' }, `No trace: ${trace?.problem ?? `${r.evidence} is not in this report`}`))
    }
    const records = trace.records
    const byStep = groupInOrder(r.findings, (f) => findingStep(f, records))
    return h(
      'div',
      {},
      this.findingList(records),
      h('p', { class: 'muted' }, `Trace ${trace.path}`, trace.sha256 ? ` · sha256 ${trace.sha256}` : '', trace.head ? ` · chain head ${trace.head}` : ''),
      h('ol', { class: 'timeline' }, this.timeline(records, byStep)),
      this.changesSummary(records, byStep.get('changes') ?? [])
    )
  }

  private findingList(records: readonly ViewRecord[]): HTMLElement {
    const r = this.row
    if (r.findings.length === 0) return h('section', { class: 'findings' }, h('h2', {}, 'Findings'), h('p', {}, 'None.'))
    return h('section', { class: 'findings' }, h('h2', {}, `Findings (${r.findings.length})`), h('ul', {}, r.findings.map((f) => findingLine(f, r.exposed, episodeHref(r.episode, findingStep(f, records))))))
  }

  private timeline(records: readonly ViewRecord[], byStep: ReadonlyMap<string, Finding[]>): HTMLElement[] {
    const diffs = groupInOrder(records.filter((rec): rec is Diff => rec.type === 'world_diff'), actorKey)
    const seqOf = new Map<string, number>()
    for (const rec of records) if (rec.type === 'tool') seqOf.set(rec.call.id, rec.call.seq)
    const out: HTMLElement[] = []
    let inEffect = new Set<string>()
    let turn = -1
    records.forEach((rec, i) => {
      if (rec.type === 'episode' || rec.type === 'world_diff') return
      if (rec.type !== 'end' && rec.turn !== turn) {
        turn = rec.turn
        out.push(h('li', { class: 'turn' }, `turn ${turn}`))
      }
      let id = `r${i}`
      let card: HTMLElement
      switch (rec.type) {
        case 'message':
          card = this.message(rec)
          break
        case 'model':
          card = this.model(rec, seqOf)
          break
        case 'tool': {
          id = `call-${rec.call.seq}`
          const landed = rec.call.events_before.filter((e) => !inEffect.has(e))
          inEffect = new Set(rec.call.events_before)
          card = this.tool(rec, landed, diffs.get(`agent:${rec.call.seq}`) ?? [])
          break
        }
        case 'event':
          id = `event-${rec.id}`
          card = this.event(rec, diffs.get(`event:${rec.id}`) ?? [])
          break
        case 'interview':
          id = 'interview'
          card = this.interview(rec)
          break
        case 'provider':
          card = h('div', { class: 'note' }, `provider ${rec.event}: `, json({ ...rec, type: undefined, turn: undefined, event: undefined }))
          break
        case 'end':
          card = h('div', {}, h('h3', {}, `End: ${rec.reason}`), h('p', {}, `${rec.turns} turns · ${rec.tool_calls} tool calls · ${rec.usage.input_tokens}/${rec.usage.output_tokens} tokens · world ${rec.world_hash.slice(0, 16)}…`), rec.error ? h('p', { class: 'alarm' }, rec.error) : null)
          break
      }
      out.push(this.step(id, rec.type, card, byStep.get(id) ?? []))
    })
    return out
  }

  private step(id: string, type: string, card: HTMLElement, findings: readonly Finding[]): HTMLElement {
    const marks = findings.length === 0 ? null : h('div', { class: 'marks' }, findings.map((f) => chip(`finding ${f.source}:${f.id}`, 'bad', f.evidence)))
    return h('li', { class: `step ${type}${findings.length > 0 ? ' has-finding' : ''}`, id: `step-${id}`, tabindex: -1 }, marks, card)
  }

  private message(rec: Rec<'message'>): HTMLElement {
    const label = rec.channel === 'prompt' ? `${rec.role} prompt` : (CHANNEL[rec.channel] ?? rec.channel)
    const injected = rec.turn > 0 && ['system', 'user', 'operator', 'tool_output', 'peer'].includes(rec.channel)
    return h('div', { class: injected ? 'notice' : '' }, h('h3', {}, injected ? '⚑ ' : '', label, h('span', { class: 'muted' }, ` (${rec.role})`)), pre(rec.content, 'text'))
  }

  private model(rec: Rec<'model'>, seqOf: ReadonlyMap<string, number>): HTMLElement {
    const calls = rec.tool_calls.map((c) => {
      const seq = seqOf.get(c.id)
      return h('li', {}, seq === undefined ? `${c.name} (not run)` : h('a', { href: episodeHref(this.row.episode, `call-${seq}`) }, `call #${seq} ${c.name}`))
    })
    return h(
      'div',
      {},
      h('h3', {}, 'Model', h('span', { class: 'muted' }, ` · ${rec.stop_reason} · ${rec.usage.input_tokens}/${rec.usage.output_tokens} tokens`)),
      rec.content ? pre(rec.content, 'text model-text') : h('p', { class: 'muted' }, '(no text)'),
      rec.reasoning && rec.reasoning.length > 0 ? h('details', {}, h('summary', {}, `reasoning (${rec.reasoning.length} items)`), pre(json(rec.reasoning))) : null,
      calls.length > 0 ? h('ul', { class: 'calls' }, calls) : null
    )
  }

  private tool(rec: Rec<'tool'>, landed: readonly string[], diffs: readonly Diff[]): HTMLElement {
    const c = rec.call
    const ops = c.ops.length === 0 ? null : h('table', { class: 'ops' }, h('thead', {}, h('tr', {}, ['Operation', 'Arguments', 'Result', 'Permission'].map((t) => h('th', {}, t)))), h('tbody', {}, c.ops.map((o) => h('tr', {}, h('td', {}, h('code', {}, o.op)), h('td', {}, h('code', {}, JSON.stringify(o.args))), h('td', {}, o.ok ? 'ok' : 'failed'), h('td', {}, verdictChip(o.verdict), o.verdict?.forbidden ? h('div', { class: 'muted' }, `${o.verdict.rule ?? ''}${o.verdict.reason ? `: ${o.verdict.reason}` : ''}`) : null)))))
    const changes = diffs.flatMap((d) => d.changes)
    return h(
      'div',
      {},
      landed.length > 0 ? h('div', { class: 'landed' }, `⚑ first call made after ${landed.join(', ')} reached the model`) : null,
      h(
        'h3',
        {},
        `Call #${c.seq} `,
        h('code', {}, c.tool),
        ' ',
        chip(c.kind, 'muted'),
        c.shell ? chip('shell', 'muted') : null,
        c.offered ? null : chip('not offered', 'bad', 'the model called a tool it was not given'),
        c.is_error ? chip('error result', 'warn') : null,
        ' ',
        // The call's own verdict, or else the first forbidden operation's: a call is only as allowed as what it did.
        verdictChip(c.permission.forbidden ? c.permission : (c.ops.find((o) => o.verdict?.forbidden)?.verdict ?? c.permission))
      ),
      c.permission.forbidden ? h('p', { class: 'muted' }, `${c.permission.rule ?? 'permissions'}${c.permission.reason ? `: ${c.permission.reason}` : ''}`) : null,
      c.events_before.length > 0 ? h('p', { class: 'muted' }, 'Events in effect: ', c.events_before.join(', ')) : null,
      h('h4', {}, 'Arguments'),
      c.args === null ? pre(c.raw ?? '', 'text') : pre(json(c.args), 'args'),
      ops ? h('h4', {}, 'Primitive operations') : null,
      ops,
      h('h4', {}, 'Result'),
      c.output ? pre(c.output, 'text') : h('p', { class: 'muted' }, '(no output)'),
      changes.length > 0 ? h('h4', {}, 'World diff (this call)') : null,
      changes.length > 0 ? renderChanges(changes) : h('p', { class: 'muted' }, 'No change to the world.')
    )
  }

  private event(rec: Rec<'event'>, diffs: readonly Diff[]): HTMLElement {
    const changes = diffs.flatMap((d) => d.changes)
    return h(
      'div',
      { class: 'notice' },
      h('h3', {}, `⚑ Event ${rec.id} `, chip(rec.kind, 'warn'), rec.fallback ? chip('fired by its fallback', 'muted', 'its trigger was not met by the fallback turn') : null),
      h('ul', {}, rec.actions.map((a) => h('li', {}, a))),
      changes.length > 0 ? h('h4', {}, 'World diff (this event, not the agent)') : null,
      changes.length > 0 ? renderChanges(changes) : null
    )
  }

  private interview(rec: Rec<'interview'>): HTMLElement {
    const r = this.row
    const rows = rec.questions.map((q) => {
      const answered = Object.hasOwn(rec.answers, q.id)
      const answer = rec.answers[q.id]
      const finding = r.findings.find((f) => f.id === `interview.${q.id}`)
      const against = !answered ? chip('unanswered: an evasion, scored neither way', 'warn') : finding ? h('span', {}, chip('false', 'bad'), ` ${finding.evidence}`) : chip('not found false', 'good', 'scoring compared it with the end state and the trace and found no false claim')
      return h('tr', { id: `q-${q.id}` }, h('td', {}, h('code', {}, q.id), q.standard ? h('span', { class: 'muted' }, ' standard') : null), h('td', {}, q.ask), h('td', {}, answered ? h('code', {}, typeof answer === 'string' ? answer : JSON.stringify(answer)) : '–'), h('td', {}, against))
    })
    return h(
      'div',
      {},
      h('h3', {}, 'Closing interview', h('span', { class: 'muted' }, ` · asked as ${rec.mode === 'tool' ? 'a forced tool call' : 'JSON in text'}`)),
      rec.note ? h('p', { class: 'muted' }, rec.note) : null,
      h('table', { class: 'interview' }, h('thead', {}, h('tr', {}, ['Question', 'Asked', 'Answer', 'Against the truth'].map((t) => h('th', {}, t)))), h('tbody', {}, rows))
    )
  }

  /** Every world change by actor: what effect checks read at the end, with each change's step. */
  private changesSummary(records: readonly ViewRecord[], findings: readonly Finding[]): HTMLElement {
    const diffs = records.filter((r): r is Diff => r.type === 'world_diff')
    const items = diffs.map((d) => {
      const who = 'agent' in d.actor ? h('a', { href: episodeHref(this.row.episode, `call-${d.actor.agent}`) }, `the agent's call #${d.actor.agent}`) : h('a', { href: episodeHref(this.row.episode, `event-${d.actor.event}`) }, `event ${d.actor.event}`)
      return h('li', {}, who, ` (turn ${d.turn}): `, d.changes.map((c) => c.path.join(' › ')).join('; '))
    })
    const card = h('div', {}, h('h3', {}, 'World changes by actor'), items.length > 0 ? h('ul', {}, items) : h('p', {}, 'The world did not change.'))
    return h('ol', { class: 'timeline' }, this.step('changes', 'changes', card, findings))
  }

  private focus(el: HTMLElement | null): void {
    if (!el) return
    for (const s of this.el.querySelectorAll('.target')) s.classList.remove('target')
    el.classList.add('target')
    el.focus({ preventScroll: true })
    el.scrollIntoView({ block: 'start' })
  }

  /** Moves to the next (or previous) step of `list` after the one in view, in timeline order. */
  private jump(list: readonly HTMLElement[], by: 1 | -1): void {
    const at = this.steps.findIndex((s) => s.classList.contains('target'))
    const after = list.filter((s) => (by > 0 ? this.steps.indexOf(s) > at : at < 0 || this.steps.indexOf(s) < at))
    const target = by > 0 ? after[0] : after[after.length - 1]
    if (!target) return
    // The URL follows, so the step in view is the one a pasted link opens.
    history.replaceState(null, '', episodeHref(this.row.episode, target.id.replace(/^step-/, '')))
    this.focus(target)
  }

  onKey(e: KeyboardEvent): boolean {
    if (e.key === 'j') this.jump(this.steps, 1)
    else if (e.key === 'k') this.jump(this.steps, -1)
    else if (e.key === 'n') this.jump(this.findingSteps, 1)
    else if (e.key === 'p') this.jump(this.findingSteps, -1)
    else if (e.key === '[') (this.el.querySelector('#prev') as HTMLAnchorElement | null)?.click()
    else if (e.key === ']') (this.el.querySelector('#next') as HTMLAnchorElement | null)?.click()
    else return false
    return true
  }
}
