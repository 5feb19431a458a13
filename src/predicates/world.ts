/**
 * World predicates: the typed vocabulary and CEL, over the state before (`pre`) and after (`post`)
 * an episode (or "now", for event triggers). Both forms compile once to a plain function.
 */
import { Environment } from '@marcbachmann/cel-js'
import picomatch from 'picomatch'
import type { Predicate } from '../scenario/types.js'
import type { FileState, MailState, WorldState } from '../world/types.js'
import { getConfigValue } from '../world/config-doc.js'
import { selfId, senderAddress } from '../world/ops.js'
import { cachedRegex, patternError } from './safe-regex.js'
import { boundedCel, celPatternErrors, type ParsedCel } from './cel-limits.js'

export interface PredicateContext {
  pre: WorldState
  post: WorldState
  /** The claimed value, for claim expressions. */
  value?: unknown
  /** What happened in the episode so far; absent, no event has fired and the agent did nothing. */
  history?: EpisodeHistory
}

/**
 * What the episode did, for predicates that ask about events and the agent's own changes. Built by
 * the runner (live, for triggers and conditions) and kept for scoring.
 */
export interface EpisodeHistory {
  /** Events that fired, in order, with the turn each first fired in. */
  fired: ReadonlyArray<{ id: string; turn: number }>
  /** The world as each event left it (its first firing). */
  at: Readonly<Record<string, WorldState>>
  /** Files the agent's own calls changed, as `host\0path`. */
  agentFiles: ReadonlySet<string>
  /** Calls per offered tool name that did not end in an error. */
  calls: Readonly<Record<string, number>>
  /** Calls per tool name, errors included (an attempt of something that fails by design). */
  attempts: Readonly<Record<string, number>>
  /** The arguments of the agent's last report call, and its last submitted answer. */
  report?: Readonly<Record<string, unknown>>
  submission?: string
}

export function fileKey(host: string, path: string): string {
  return `${host}\0${path}`
}

function firedTurn(ctx: PredicateContext, id: string): number {
  return ctx.history?.fired.find((e) => e.id === id)?.turn ?? -1
}

function firedAny(ctx: PredicateContext, ids: string | readonly string[]): boolean {
  return (typeof ids === 'string' ? [ids] : ids).some((id) => firedTurn(ctx, id) >= 0)
}

/** The world as an event left it; the initial world if the event never fired. */
function worldAt(ctx: PredicateContext, event: string): WorldState {
  return (ctx.history && Object.hasOwn(ctx.history.at, event) ? ctx.history.at[event] : undefined) ?? ctx.pre
}

function changedByAgent(ctx: PredicateContext, host: string | undefined, path: string): boolean {
  return ctx.history?.agentFiles.has(fileKey(host ?? ctx.post.default_host, path)) ?? false
}

function callCount(ctx: PredicateContext, tool: string, errors = false): number {
  const calls = errors ? ctx.history?.attempts : ctx.history?.calls
  return calls && Object.hasOwn(calls, tool) ? (calls[tool] ?? 0) : 0
}

export type CompiledPredicate = (ctx: PredicateContext) => boolean
export type CompiledExpression = (ctx: PredicateContext) => unknown

// ------------------------------------------------------------ helpers shared by both forms

function file(state: WorldState, host: string | undefined, path: string): FileState | undefined {
  return state.hosts[host ?? state.default_host]?.files[path]
}

function sameFile(a: FileState | undefined, b: FileState | undefined): boolean {
  if (!a || !b) return a === b
  return a.content === b.content && a.mode === b.mode && a.immutable === b.immutable
}

function configValue(state: WorldState, host: string | undefined, path: string, key: string): unknown {
  const f = file(state, host, path)
  if (!f) return null
  const r = getConfigValue(f.content, path, key)
  return r.ok ? (r.value ?? null) : null
}

/** A scenario's pattern over text the model wrote (case-insensitive). */
function matchesText(pattern: string, text: string): boolean {
  return cachedRegex(pattern, { ignoreCase: true, lookaround: true }).test(text)
}

/**
 * Messages the agent sent during the episode (absent from pre, from its own address), also those it
 * then moved to the trash: deleting the sent copy does not unsend a message.
 */
function sentMail(ctx: PredicateContext): MailState[] {
  const me = senderAddress(ctx.pre)
  return Object.values(ctx.post.mail).filter((m) => !(m.id in ctx.pre.mail) && m.folder !== 'inbox' && m.from === me)
}

function sentMatching(ctx: PredicateContext, to?: string, subject?: string, body?: string): number {
  const toMatch = to === undefined ? undefined : picomatch(to, { nocase: true })
  return sentMail(ctx).filter(
    (m) =>
      (!toMatch || [...m.to, ...m.cc].some((r) => toMatch(r))) &&
      (subject === undefined || matchesText(subject, m.subject)) &&
      (body === undefined || matchesText(body, m.body))
  ).length
}

/** Chat messages the agent sent during the episode to agents matching `to`, optionally whose text matches `text`. */
function chatSent(ctx: PredicateContext, to: string, text?: string): number {
  const me = selfId(ctx.post)
  const toMatch = picomatch(to)
  return ctx.post.chat
    .slice(ctx.pre.chat.length)
    .filter((m) => m.from === me && toMatch(m.to) && (text === undefined || matchesText(text, m.text))).length
}

function canonical(value: unknown): string {
  return JSON.stringify(value)
}

// ------------------------------------------------------------ CEL

/** The evaluation in progress: CEL handlers are synchronous, so one slot is enough. */
let active: PredicateContext | undefined

function current(): PredicateContext {
  if (!active) throw new Error('predicate function called outside an evaluation')
  return active
}

const env = new Environment({ unlistedVariablesAreDyn: false })
  .registerVariable('pre', 'map')
  .registerVariable('post', 'map')
  .registerVariable('hidden', 'map')
  .registerVariable('value', 'dyn')
  .registerFunction('file_exists(string): bool', (p: string) => !!file(current().post, undefined, p))
  .registerFunction('file_exists(string, string): bool', (h: string, p: string) => !!file(current().post, h, p))
  .registerFunction('file_content(string): string', (p: string) => file(current().post, undefined, p)?.content ?? '')
  .registerFunction('file_content(string, string): string', (h: string, p: string) => file(current().post, h, p)?.content ?? '')
  .registerFunction('file_mode(string): string', (p: string) => file(current().post, undefined, p)?.mode ?? '')
  .registerFunction('file_mode(string, string): string', (h: string, p: string) => file(current().post, h, p)?.mode ?? '')
  .registerFunction('file_mtime(string): string', (p: string) => file(current().post, undefined, p)?.mtime ?? '')
  .registerFunction('file_mtime(string, string): string', (h: string, p: string) => file(current().post, h, p)?.mtime ?? '')
  .registerFunction('file_unchanged(string): bool', (p: string) =>
    sameFile(file(current().pre, undefined, p), file(current().post, undefined, p))
  )
  .registerFunction('file_unchanged(string, string): bool', (h: string, p: string) =>
    sameFile(file(current().pre, h, p), file(current().post, h, p))
  )
  .registerFunction('config(string, string): dyn', (p: string, k: string) => configValue(current().post, undefined, p, k))
  .registerFunction('config(string, string, string): dyn', (h: string, p: string, k: string) =>
    configValue(current().post, h, p, k)
  )
  .registerFunction('agent_status(string): string', (a: string) => current().post.agents[a]?.status ?? '')
  .registerFunction('process_running(string): bool', (n: string) =>
    Object.values(current().post.processes).some((p) => p.name === n && p.status === 'running')
  )
  .registerFunction('aliased(string): bool', (n: string) => n in current().post.aliases)
  .registerFunction('sent_count(string): int', (to: string) => BigInt(sentMatching(current(), to)))
  .registerFunction('sent_count(string, string): int', (to: string, body: string) =>
    BigInt(sentMatching(current(), to, undefined, body))
  )
  .registerFunction('messages_sent(string): int', (to: string) => BigInt(chatSent(current(), to)))
  .registerFunction('messages_sent(string, string): int', (to: string, text: string) => BigInt(chatSent(current(), to, text)))
  .registerFunction('schedule_unchanged(): bool', () => canonical(current().pre.scheduler) === canonical(current().post.scheduler))
  .registerFunction('credentials_unchanged(): bool', () =>
    canonical(current().pre.credentials) === canonical(current().post.credentials)
  )
  .registerFunction('host_files(string): list', (h: string) => Object.keys(current().post.hosts[h]?.files ?? {}))
  // Events: whether and when one fired, and the world as it left it (the initial world if it never fired).
  .registerFunction('fired(string): bool', (id: string) => firedAny(current(), id))
  .registerFunction('fired(list): bool', (ids: unknown[]) => firedAny(current(), ids.map(String)))
  .registerFunction('fired_turn(string): int', (id: string) => BigInt(firedTurn(current(), id)))
  .registerFunction('file_content_at(string, string): string', (e: string, p: string) =>
    file(worldAt(current(), e), undefined, p)?.content ?? ''
  )
  .registerFunction('file_content_at(string, string, string): string', (e: string, h: string, p: string) =>
    file(worldAt(current(), e), h, p)?.content ?? ''
  )
  .registerFunction('file_exists_at(string, string): bool', (e: string, p: string) => !!file(worldAt(current(), e), undefined, p))
  .registerFunction('file_unchanged_since(string, string): bool', (e: string, p: string) =>
    sameFile(file(worldAt(current(), e), undefined, p), file(current().post, undefined, p))
  )
  .registerFunction('file_unchanged_since(string, string, string): bool', (e: string, h: string, p: string) =>
    sameFile(file(worldAt(current(), e), h, p), file(current().post, h, p))
  )
  .registerFunction('config_at(string, string, string): dyn', (e: string, p: string, k: string) =>
    configValue(worldAt(current(), e), undefined, p, k)
  )
  // The trace: the agent's own changes and calls.
  .registerFunction('changed_by_agent(string): bool', (p: string) => changedByAgent(current(), undefined, p))
  .registerFunction('changed_by_agent(string, string): bool', (h: string, p: string) => changedByAgent(current(), h, p))
  .registerFunction('called(string): bool', (t: string) => callCount(current(), t) > 0)
  .registerFunction('attempted(string): bool', (t: string) => callCount(current(), t, true) > 0)
  .registerFunction('report_field(string): dyn', (f: string) => {
    const report = current().history?.report
    return report && Object.hasOwn(report, f) ? (report[f] ?? null) : null
  })
  .registerFunction('submission(): string', () => current().history?.submission ?? '')
  .registerFunction('call_count(string): int', (t: string) => BigInt(callCount(current(), t)))

function celMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return text.split('\n')[0] ?? text
}

function compileCel(expr: string): CompiledExpression {
  const evaluate = boundedCel(env.parse(expr) as ParsedCel, expr)
  return (ctx) => {
    const previous = active
    active = ctx
    try {
      return evaluate({ pre: ctx.pre, post: ctx.post, hidden: ctx.post.hidden, value: ctx.value ?? null })
    } finally {
      active = previous
    }
  }
}

// ------------------------------------------------------------ typed predicates

function compileTyped(p: Exclude<Predicate, string>): CompiledPredicate {
  if ('all' in p) {
    const parts = p.all.map(compilePredicate)
    return (ctx) => parts.every((f) => f(ctx))
  }
  if ('any' in p) {
    const parts = p.any.map(compilePredicate)
    return (ctx) => parts.some((f) => f(ctx))
  }
  if ('not' in p) {
    const inner = compilePredicate(p.not)
    return (ctx) => !inner(ctx)
  }
  if ('file_unchanged' in p) {
    const { host, path, since } = p.file_unchanged
    return (ctx) => sameFile(file(since === undefined ? ctx.pre : worldAt(ctx, since), host, path), file(ctx.post, host, path))
  }
  if ('fired' in p) {
    const ids = p.fired
    return (ctx) => firedAny(ctx, ids)
  }
  if ('changed_by_agent' in p) {
    const { host, path } = p.changed_by_agent
    return (ctx) => changedByAgent(ctx, host, path)
  }
  if ('file_exists' in p) {
    const { host, path } = p.file_exists
    return (ctx) => !!file(ctx.post, host, path)
  }
  if ('config_equals' in p) {
    const { host, path, key, value } = p.config_equals
    return (ctx) => canonical(configValue(ctx.post, host, path, key)) === canonical(value)
  }
  if ('agent_status' in p) {
    const { agent, status } = p.agent_status
    return (ctx) => ctx.post.agents[agent]?.status === status
  }
  const { to, subject, body } = p.email_sent
  return (ctx) => sentMatching(ctx, to, subject, body) > 0
}

// ------------------------------------------------------------ public API

/** Parsed CEL by source text: the same predicates are evaluated in every episode of a template. */
const celCache = new Map<string, CompiledExpression>()

function cachedCel(expr: string): CompiledExpression {
  let f = celCache.get(expr)
  if (!f) {
    f = compileCel(expr)
    celCache.set(expr, f)
  }
  return f
}

export function compilePredicate(p: Predicate): CompiledPredicate {
  if (typeof p !== 'string') return compileTyped(p)
  const f = cachedCel(p)
  return (ctx) => {
    const v = f(ctx)
    if (typeof v !== 'boolean') throw new Error(`predicate \`${p}\` gave ${typeof v}, expected bool`)
    return v
  }
}

export function compileExpression(expr: string): CompiledExpression {
  const f = cachedCel(expr)
  // CEL integers are BigInt; the rest of the engine compares plain numbers.
  return (ctx) => {
    const v = f(ctx)
    return typeof v === 'bigint' ? Number(v) : v
  }
}

function validateCel(expr: string, wantBool: boolean): string | null {
  const result = env.check(expr)
  if (!result.valid) return `invalid CEL expression: ${celMessage(result.error)}`
  const patterns = celPatternErrors(env.parse(expr) as ParsedCel)
  if (patterns.length > 0) return patterns[0] as string
  if (wantBool && result.type !== 'bool' && result.type !== 'dyn') {
    return `CEL predicate must be bool, got ${result.type}`
  }
  return null
}

/** An error message for a predicate that cannot compile, or null. Typed forms are checked by the schema. */
export function validatePredicate(p: Predicate): string | null {
  if (typeof p === 'string') return validateCel(p, true)
  if ('all' in p) return p.all.map(validatePredicate).find((e) => e !== null) ?? null
  if ('any' in p) return p.any.map(validatePredicate).find((e) => e !== null) ?? null
  if ('not' in p) return validatePredicate(p.not)
  if ('email_sent' in p) {
    for (const re of [p.email_sent.subject, p.email_sent.body]) {
      const error = re === undefined ? null : patternError(re, { lookaround: true })
      if (error !== null) return error
    }
  }
  return null
}

export function validateExpression(expr: string): string | null {
  return validateCel(expr, false)
}
