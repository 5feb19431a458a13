/**
 * What validation can tell about a scenario judging its own presuppositions instead of the agent:
 * a check, claim or question that reads state an event creates or changes without being conditioned
 * on that event; a trace predicate that matches an agent that made no call; a text pattern that
 * matches by absence; a truth predicate that is the same in every episode; a treatment that an
 * agent which only reads never receives, or receives depending on how many reads came first.
 * The probe agents in `selftest` catch what this static reading cannot.
 */
import { cellEvents, expandCells, inCell, substitute, substituteIn, type Cell } from '../scenario/plan.js'
import type { EventSpec, Predicate, Scenario } from '../scenario/types.js'
import { eventList, matchesEmptyTrace } from '../predicates/index.js'
import { normalisePath } from '../world/paths.js'
import type { DiagnosticSink, Path } from './diagnostics.js'

/** A piece of state: a file on a host, or a whole area of the world. */
type StateKey = string

const fileState = (host: string, path: string): StateKey => `file ${host}:${normalisePath(path)}`

interface Write {
  event: string
  /** The event creates the state (it does not exist in the initial world). */
  creates: boolean
}

/** The host a path without one is on, in a cell: `default_host` may use the cell's variables (host names, being keys, do not). */
function cellHost(s: Scenario, cell: Cell): string {
  return s.world.default_host === undefined ? (Object.keys(s.world.hosts)[0] ?? '') : substitute(s.world.default_host, cell.vars)
}

function initialFile(s: Scenario, host: string, path: string): boolean {
  const files = s.world.hosts[host]?.files ?? {}
  return Object.keys(files).some((p) => normalisePath(p) === normalisePath(path))
}

/**
 * The state each of a cell's events (as cellEvents gives them) writes. The initial files are the
 * template's: their paths are keys, which substitution leaves alone.
 */
function eventWrites(s: Scenario, events: NonNullable<Scenario['events']>, host: string): Map<StateKey, Write[]> {
  const writes = new Map<StateKey, Write[]>()
  const note = (key: StateKey, w: Write) => {
    const noted = writes.get(key)
    if (noted) noted.push(w)
    else writes.set(key, [w])
  }
  for (const e of events) {
    for (const a of e.do) {
      if ('mutate' in a) {
        for (const op of a.mutate) {
          const args = op.args
          const h = typeof args['host'] === 'string' ? args['host'] : host
          for (const key of ['path', 'to_path'] as const) {
            const p = args[key]
            if (typeof p === 'string' && (op.op.startsWith('file.') || op.op.startsWith('config.'))) {
              note(fileState(h, p), { event: e.id, creates: !initialFile(s, h, p) })
            }
          }
          if (op.op.startsWith('schedule.')) note('schedule', { event: e.id, creates: false })
          if (op.op.startsWith('credential.')) note('credentials', { event: e.id, creates: false })
          if (op.op.startsWith('mail.')) note('mail', { event: e.id, creates: false })
        }
      }
      if ('revoke_credential' in a) note('credentials', { event: e.id, creates: false })
      if ('peer_message' in a) note('chat', { event: e.id, creates: false })
    }
  }
  return writes
}

const FILE_READERS = /\b(file_content|file_exists|file_mode|file_mtime|file_unchanged)\(\s*"([^"]*)"\s*(?:,\s*"([^"]*)"\s*)?\)/g
const CONFIG_READER = /\bconfig\(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*(?:,\s*"([^"]*)"\s*)?\)/g
const AREA_READERS: ReadonlyArray<[RegExp, StateKey]> = [
  [/\bschedule_unchanged\(/, 'schedule'],
  [/\bcredentials_unchanged\(|\bpost\.credentials\b/, 'credentials'],
  [/\bmessages_sent\(/, 'chat'],
  [/\bsent_count\(|\bpost\.mail\b/, 'mail']
]

/** The state a predicate reads at the end of the episode. */
function reads(p: Predicate, host: string): StateKey[] {
  if (typeof p !== 'string') {
    if ('all' in p) return p.all.flatMap((q) => reads(q, host))
    if ('any' in p) return p.any.flatMap((q) => reads(q, host))
    if ('not' in p) return reads(p.not, host)
    for (const kind of ['file_unchanged', 'file_exists', 'config_equals', 'changed_by_agent'] as const) {
      if (kind in p) {
        const ref = (p as Record<string, { host?: string; path: string }>)[kind] as { host?: string; path: string }
        return [fileState(ref.host ?? host, ref.path)]
      }
    }
    if ('email_sent' in p) return ['mail']
    return []
  }
  const out: StateKey[] = []
  for (const m of p.matchAll(FILE_READERS)) out.push(m[3] === undefined ? fileState(host, m[2] as string) : fileState(m[2] as string, m[3]))
  for (const m of p.matchAll(CONFIG_READER)) out.push(m[3] === undefined ? fileState(host, m[1] as string) : fileState(m[1] as string, m[2] as string))
  for (const [re, key] of AREA_READERS) if (re.test(p)) out.push(key)
  return out
}

/** A predicate (or a CEL value expression) that reads state, with where it is declared and how it is conditioned. */
interface Reader {
  what: string
  path: Path
  predicate: Predicate
  if_fired?: string | string[]
  only_in?: Record<string, string | string[]>
}

function readers(s: Scenario): Reader[] {
  const out: Reader[] = []
  s.checks.forEach((c, i) => {
    if (c.world !== undefined) out.push({ what: `check \`${c.id}\``, path: ['checks', i, 'world'], predicate: c.world, ...(c.if_fired ? { if_fired: c.if_fired } : {}) })
  })
  ;(s.claims?.items ?? []).forEach((c, i) => {
    const p = c.true_if ?? c.true_value
    if (p !== undefined) out.push({ what: `claim \`${c.id}\``, path: ['claims', 'items', i, c.true_if !== undefined ? 'true_if' : 'true_value'], predicate: p, ...(c.if_fired ? { if_fired: c.if_fired } : {}) })
  })
  ;(s.interview ?? []).forEach((q, i) => {
    const p = q.truth ?? q.true_value
    if (p !== undefined) {
      out.push({ what: `question \`${q.id}\``, path: ['interview', i, q.truth !== undefined ? 'truth' : 'true_value'], predicate: p, ...(q.if_fired ? { if_fired: q.if_fired } : {}), ...(q.only_in ? { only_in: q.only_in } : {}) })
    }
  })
  const tasks = Array.isArray(s.task) ? s.task : s.task ? [s.task] : []
  tasks.forEach((t, i) => out.push({ what: 'the task', path: Array.isArray(s.task) ? ['task', i, 'done'] : ['task', 'done'], predicate: t.done, ...(t.only_in ? { only_in: t.only_in } : {}) }))
  return out
}

function conditioned(r: Reader, event: string, text: string): boolean {
  if (r.if_fired !== undefined && eventList(r.if_fired).includes(event)) return true
  // fired("e"), file_content_at("e", …), file_unchanged: {since: e}, fired: [e]: the id appears quoted.
  return text.includes(`"${event}"`)
}

function checkConditioning(s: Scenario, sink: DiagnosticSink): void {
  const reported = new Set<string>()
  const all = readers(s)
  for (const cell of expandCells(s)) {
    // Only what the check reads is made concrete, the events and the default host: the whole
    // scenario, calibration scripts and file contents included, would cost most of a suite's load time.
    let host: string
    let writes: Map<StateKey, Write[]>
    try {
      host = cellHost(s, cell)
      writes = eventWrites(s, cellEvents(s, cell), host)
    } catch {
      return // undefined variables are reported by the placeholder check
    }
    if (writes.size === 0) continue
    for (const r of all) {
      if (!inCell(r.only_in, cell)) continue
      const predicate = substituteIn(r.predicate, cell.vars)
      const text = typeof predicate === 'string' ? predicate : JSON.stringify(predicate)
      for (const key of new Set(reads(predicate, host))) {
        for (const w of writes.get(key) ?? []) {
          if (conditioned(r, w.event, text)) continue
          const id = `${r.path.join('.')}\0${key}\0${w.event}`
          if (reported.has(id)) continue
          reported.add(id)
          const what = key.startsWith('file ') ? key.slice(5) : `the ${key}`
          const fix = `condition it on the event (\`if_fired: ${w.event}\`, \`fired("${w.event}")\`) or compare with the world as the event left it (\`file_content_at("${w.event}", …)\`, \`file_unchanged: {since: ${w.event}}\`)`
          if (w.creates) sink.at(r.path, `${r.what} reads ${what}, which only event \`${w.event}\` creates: it presupposes the event; ${fix}`)
          else sink.at(r.path, `${r.what} reads ${what}, which event \`${w.event}\` changes: an episode where it did not fire is judged on the event's absence; ${fix}`, { severity: 'warning' })
        }
      }
    }
  }
}

function checkAttemptPredicates(s: Scenario, sink: DiagnosticSink): void {
  s.checks.forEach((c, i) => {
    if (c.trace !== undefined && matchesEmptyTrace(c.trace)) {
      sink.at(['checks', i, 'trace'], `check \`${c.id}\` matches a trace with no calls: it would flag an agent that did nothing (an absence needs a positive part, e.g. \`all: [{continued_after: …}, {not: …}]\`)`)
    }
  })
}

/** A CEL expression with no variable, function or field: true or false in every episode. */
function constantCel(expr: string): boolean {
  const words = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []
  return words.every((w) => w === 'true' || w === 'false' || w === 'null')
}

function checkTruths(s: Scenario, sink: DiagnosticSink): void {
  for (const r of readers(s)) {
    if (typeof r.predicate === 'string' && constantCel(r.predicate)) {
      sink.at(r.path, `${r.what} has a constant truth (\`${r.predicate}\`): it is the same in every episode, so it is never checked against the world`)
    }
  }
  ;(s.claims?.items ?? []).forEach((c, i) => {
    if (c.pattern === undefined) return
    const path = ['claims', 'items', i, 'pattern']
    if (/\(\?<?!/.test(c.pattern)) sink.at(path, `claim \`${c.id}\` uses a negative lookaround: a pattern must match what the agent says, never what it leaves out (negated and hedged clauses are already ignored)`)
    else if (safeMatchesEmpty(c.pattern)) sink.at(path, `claim \`${c.id}\` matches empty text: saying nothing would assert it`)
  })
}

function safeMatchesEmpty(pattern: string): boolean {
  try {
    return new RegExp(pattern, 'i').test('')
  } catch {
    return false // an invalid pattern is reported where patterns are compiled
  }
}

const STOP_KINDS: ReadonlySet<string> = new Set(['shutdown', 'revocation'])

/** Treatments (stops and revocations) must reach an agent that only reads, independently of how much it read. */
function checkTreatments(s: Scenario, sink: DiagnosticSink): void {
  ;(s.events ?? []).forEach((e: EventSpec, i) => {
    if (!STOP_KINDS.has(e.kind ?? 'notice') || !e.do.some((a) => !('terminate' in a) && !('mutate' in a))) return
    if ('after_turn' in e.when) {
      sink.at(['events', i, 'when'], `treatment \`${e.id}\` fires after turn ${e.when.after_turn}: whether it lands before or after the agent's work depends on how many read-only calls came first; trigger it on progress (\`side_effects\`, a \`tool_call\`, a \`world\` predicate) with a \`fallback\``, { severity: 'warning' })
    } else if (e.fallback === undefined) {
      sink.at(['events', i], `treatment \`${e.id}\` has no \`fallback\`: an agent that stalls or only reads never receives it and is never tested`, { severity: 'warning' })
    }
  })
}

export function checkPresuppositions(s: Scenario, sink: DiagnosticSink): void {
  checkConditioning(s, sink)
  checkAttemptPredicates(s, sink)
  checkTruths(s, sink)
  checkTreatments(s, sink)
}
