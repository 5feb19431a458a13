/**
 * The episode loop: world from spec -> turns of (model reply -> tool calls -> triggered events) ->
 * optional claims question -> one EpisodeResult with its trace. Budgets bound every loop.
 */
import type { EpisodeSpec } from '../scenario/plan.js'
import type { Channel, EventAction, EventSpec, Scenario } from '../scenario/types.js'
import { ForcedToolRefused, type Message, type Model, type ModelResponse, type ToolCall, type Usage } from '../providers/types.js'
import type { ToolSpec } from '../tools/types.js'
import type { Op, OpResult, WorldChange, WorldState } from '../world/types.js'
import { buildWorld } from '../world/build.js'
import { applyOp, normaliseOp } from '../world/ops.js'
import { diffStates, hashState, snapshot } from '../world/snapshot.js'
import { compilePredicate, eventList, fileKey, isSideEffecting, matchArgs, matchToolCall, MUTATING_OPS, type EpisodeHistory, type PredicateContext } from '../predicates/index.js'
import { firedChecks, scoringContexts } from '../scoring/checks.js'
import { requestHash } from '../providers/request.js'
import { PermissionPolicy, type Verdict } from './permissions.js'
import { offerTools, type OfferedTool } from './tools.js'
import { exposure } from './exposure.js'
import { Watchdog } from './watchdog.js'
import { INTERVIEW_PROMPT, INTERVIEW_TOOL, interviewQuestions, interviewTool, jsonInText, jsonPrompt, readAnswers, type InterviewRecord } from './interview.js'
import type { InterviewSituation } from '../scenario/interview.js'
import type { Actor, CallRecord, ChangeRecord, EndReason, EpisodeResult, FiredEvent, MessageChannel, OpRecord, TraceRecord } from './trace.js'
import { collectWhenGrown } from '../bounded-heap.js'

export const DEFAULT_MAX_TURNS = 30
export const DEFAULT_MAX_TOOL_CALLS = 60

const OPERATOR_PREFIX = '[Operator] '

/**
 * An empty reply or one cut off at the length limit is model behaviour, not a provider failure:
 * the model is told once (recorded on the `harness` channel) and gets another turn; a second one ends the episode.
 */
const MALFORMED_NOTE = {
  empty: '[Harness] Your last reply was empty. Continue the task, or say that you are done.',
  length: '[Harness] Your last reply was cut off at the output length limit. Continue more briefly.'
} as const

class EpisodeState {
  readonly world: WorldState
  readonly pre: WorldState
  /** The environment alone: the initial world with only the events' changes (what the agent is not answerable for). */
  readonly env: WorldState
  readonly tools: ReadonlyMap<string, OfferedTool>
  readonly policy: PermissionPolicy
  readonly messages: Message[] = []
  readonly trace: TraceRecord[] = []
  readonly calls: CallRecord[] = []
  readonly fired: FiredEvent[] = []
  readonly firedIds = new Set<string>()
  /** Events in effect for the agent's calls: delivered (told) or, for events it is not told of, fired. */
  readonly inEffect = new Set<string>()
  /** Visible events whose notice is in the conversation and waits for the model's next turn. */
  readonly placed: FiredEvent[] = []
  readonly changes: ChangeRecord[] = []
  readonly at: Record<string, WorldState> = {}
  /** The environment-only world as each event left it: what "as the event left it" means without the agent. */
  readonly envAt: Record<string, WorldState> = {}
  readonly agentFiles = new Set<string>()
  readonly callCounts: Record<string, number> = {}
  readonly attemptCounts: Record<string, number> = {}
  readonly history: EpisodeHistory
  /** The same events over the environment-only world: no call, no change of the agent's. */
  readonly envHistory: EpisodeHistory
  /** The world before the current call's first change (taken lazily: most calls change nothing). */
  beforeCall?: WorldState
  /** Per tool_call event: the calls so far that matched its trigger while its condition held. */
  readonly triggerCounts = new Map<EventSpec, number>()
  sideEffects = 0
  /** Messages injected on non-tool channels wait until the turn's tool results are in. */
  readonly pendingMessages: Array<{ channel: Exclude<Channel, 'tool_output'> | 'peer'; text: string; event: FiredEvent }> = []
  /** Text injected on the tool-output channel is appended to the next tool result. */
  pendingOutput: Array<{ text: string; event: FiredEvent }> = []
  readonly usage: Usage = { input_tokens: 0, output_tokens: 0 }
  turn = 0
  terminated = false
  report?: Record<string, unknown>
  submission?: string
  finalText = ''
  /** The model was told once that a reply was empty or cut off. */
  toldMalformed = false

  constructor(
    readonly spec: EpisodeSpec,
    /** Aborts in-flight model requests when the run's wall-clock budget runs out. */
    readonly signal?: AbortSignal,
    readonly watchdog = new Watchdog({ signal })
  ) {
    this.world = buildWorld(spec.scenario.world)
    this.pre = snapshot(this.world)
    this.env = snapshot(this.world)
    this.tools = offerTools(spec.scenario)
    this.policy = new PermissionPolicy(spec.scenario.permissions)
    this.history = { fired: this.fired, at: this.at, agentFiles: this.agentFiles, calls: this.callCounts, attempts: this.attemptCounts }
    this.envHistory = { fired: this.fired, at: this.envAt, agentFiles: new Set(), calls: {}, attempts: {} }
  }

  get scenario(): Scenario {
    return this.spec.scenario
  }

  /** Predicates over the world as it is now. */
  get now(): PredicateContext {
    return { pre: this.pre, post: this.world, history: this.history }
  }

  visibleTools() {
    return [...this.tools.values()].filter((t) => !this.world.revoked_tools.includes(t.spec.name)).map((t) => t.spec)
  }

  addMessage(channel: MessageChannel, message: Extract<Message, { role: 'system' | 'user' }>) {
    this.messages.push(message)
    this.trace.push({ type: 'message', turn: this.turn, role: message.role, channel, content: message.content })
  }

  /** Records the world changes one actor made since `before`. */
  recordChanges(actor: Actor, before: WorldState): WorldChange[] {
    const changes = diffStates(before, this.world)
    if (changes.length === 0) return changes
    this.changes.push({ actor, turn: this.turn, changes })
    this.trace.push({ type: 'world_diff', turn: this.turn, actor, changes })
    return changes
  }

  /** A visible event's notice is now in the conversation: the model sees it on its next turn. */
  place(event: FiredEvent): void {
    if (!this.placed.includes(event) && event.delivered_turn === undefined) this.placed.push(event)
  }

  /** The model is about to reply: every notice placed so far has reached it. */
  deliverPlaced(): void {
    for (const e of this.placed.splice(0)) {
      e.delivered_turn ??= this.turn
      this.inEffect.add(e.id)
    }
  }
}

// ------------------------------------------------------------------ events

function describeAction(a: EventAction): string {
  const [key, value] = Object.entries(a)[0] as [string, unknown]
  return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`
}

/** The change an action makes to a world, if any: applied to the episode's world and to the environment-only world alike. */
function changeWorld(world: WorldState, a: EventAction): void {
  if ('mutate' in a) {
    // The environment changes the world itself: no permission check, not an agent op.
    for (const op of a.mutate) applyOp(world, normaliseOp(world, op))
  } else if ('revoke_tool' in a) {
    if (!world.revoked_tools.includes(a.revoke_tool)) world.revoked_tools.push(a.revoke_tool)
  } else if ('revoke_credential' in a) {
    applyOp(world, { op: 'credential.revoke', args: { id: a.revoke_credential } })
  } else if ('peer_message' in a) {
    applyOp(world, { op: 'chat.deliver', args: { from: a.peer_message.from, text: a.peer_message.text } })
  }
}

const VISIBLE_ACTIONS = ['inject', 'append_output', 'peer_message', 'revoke_tool', 'revoke_credential'] as const
const WORLD_ACTIONS = ['mutate', 'revoke_tool', 'revoke_credential', 'peer_message'] as const

function runAction(ep: EpisodeState, a: EventAction, event: FiredEvent): void {
  if ('inject' in a) {
    const { channel, text } = a.inject
    if (channel === 'tool_output') ep.pendingOutput.push({ text, event })
    else ep.pendingMessages.push({ channel, text, event })
  } else if ('append_output' in a) {
    ep.pendingOutput.push({ text: a.append_output, event })
  } else if ('peer_message' in a) {
    ep.pendingMessages.push({ channel: 'peer', text: `[Message from ${a.peer_message.from}] ${a.peer_message.text}`, event })
  } else if ('revoke_tool' in a || 'revoke_credential' in a) {
    // A revoked tool or credential is felt on the next turn: no message needed.
    ep.place(event)
  } else if ('terminate' in a) {
    const holds = a.terminate.if === undefined || compilePredicate(a.terminate.if)(ep.now)
    if (holds) ep.terminated = true
  }
}

function fire(ep: EpisodeState, e: EventSpec, fallback = false): void {
  const visible = e.do.some((a) => VISIBLE_ACTIONS.some((k) => k in a))
  const event: FiredEvent = { id: e.id, kind: e.kind ?? 'notice', turn: ep.turn, after_calls: ep.calls.length, visible, ...(fallback ? { fallback: true as const } : {}) }
  const first = !ep.firedIds.has(e.id)
  ep.firedIds.add(e.id)
  ep.fired.push(event)
  // An event the model is not told of is in effect at once; a visible one once its notice is delivered.
  if (!visible) ep.inEffect.add(e.id)
  ep.trace.push({ type: 'event', turn: ep.turn, id: e.id, kind: event.kind, actions: e.do.map(describeAction), ...(fallback ? { fallback: true as const } : {}) })
  const changesWorld = e.do.some((a) => WORLD_ACTIONS.some((k) => k in a))
  const before = changesWorld ? snapshot(ep.world) : undefined
  for (const a of e.do) {
    changeWorld(ep.world, a)
    changeWorld(ep.env, a)
    runAction(ep, a, event)
  }
  if (before) ep.recordChanges({ event: e.id }, before)
  if (first) {
    ep.at[e.id] = snapshot(ep.world)
    ep.envAt[e.id] = snapshot(ep.env)
  }
}

function canFire(ep: EpisodeState, e: EventSpec): boolean {
  return e.once === false || !ep.firedIds.has(e.id)
}

/** The event's own condition, checked when its trigger is met. */
function conditionHolds(ep: EpisodeState, e: EventSpec): boolean {
  return e.if === undefined || compilePredicate(e.if)(ep.now)
}

function worldTriggered(ep: EpisodeState, e: EventSpec): boolean {
  return 'world' in e.when && compilePredicate(e.when.world)(ep.now)
}

/**
 * Events a just-finished call triggers: the k-th call that matches while the event's condition
 * holds, the k-th side-effecting call (progress), or a world predicate now true.
 */
function afterCall(ep: EpisodeState, call: CallRecord): void {
  const progressed = isSideEffecting(call)
  if (progressed) ep.sideEffects++
  for (const e of ep.scenario.events ?? []) {
    if (!canFire(ep, e)) continue
    if ('tool_call' in e.when) {
      const m = e.when.tool_call
      if (call.args === null || !matchToolCall(m, call.tool, call.args, call.ops) || !conditionHolds(ep, e)) continue
      const count = (ep.triggerCounts.get(e) ?? 0) + 1
      ep.triggerCounts.set(e, count)
      if (e.once === false ? count >= (m.nth ?? 1) : count === (m.nth ?? 1)) fire(ep, e)
    } else if ('side_effects' in e.when) {
      const k = e.when.side_effects
      if (progressed && (e.once === false ? ep.sideEffects >= k : ep.sideEffects === k) && conditionHolds(ep, e)) fire(ep, e)
    } else if (worldTriggered(ep, e) && conditionHolds(ep, e)) {
      fire(ep, e)
    }
  }
}

function afterEvent(ep: EpisodeState, e: EventSpec): boolean {
  if (!('after_event' in e.when)) return false
  const { event, turns } = e.when.after_event
  const ids = eventList(event)
  const first = ep.fired.find((f) => ids.includes(f.id))
  return first !== undefined && ep.turn >= first.turn + turns
}

function afterTurn(ep: EpisodeState): void {
  for (const e of ep.scenario.events ?? []) {
    if (!canFire(ep, e)) continue
    const triggered = ('after_turn' in e.when && ep.turn >= e.when.after_turn) || afterEvent(ep, e) || worldTriggered(ep, e)
    if (triggered && conditionHolds(ep, e)) fire(ep, e)
    else if (e.fallback && !ep.firedIds.has(e.id) && ep.turn >= e.fallback.after_turn && conditionHolds(ep, e)) fire(ep, e, true)
  }
}

// ------------------------------------------------------------------ tool calls

function refusal(text: string): { output: string; is_error: true } {
  return { output: text, is_error: true }
}

function executeCall(ep: EpisodeState, call: ToolCall): CallRecord {
  const tool = ep.tools.get(call.name)
  const record: CallRecord = {
    seq: ep.calls.length + 1,
    turn: ep.turn,
    id: call.id,
    tool: call.name,
    args: call.arguments,
    offered: tool !== undefined,
    kind: tool?.kind ?? 'read',
    ...(tool?.isShell ? { shell: true as const } : {}),
    ops: [],
    output: '',
    is_error: false,
    permission: { forbidden: false, enforced: false },
    events_before: [...ep.inEffect]
  }
  if (call.raw !== undefined) record.raw = call.raw
  Object.assign(record, runTool(ep, tool, call, record))
  const before = ep.beforeCall
  ep.beforeCall = undefined
  if (before) {
    for (const change of ep.recordChanges({ agent: record.seq }, before)) {
      const [area, host, files, path] = change.path
      if (area === 'hosts' && files === 'files' && host !== undefined && path !== undefined) ep.agentFiles.add(fileKey(host, path))
    }
  }
  if (!record.is_error) ep.callCounts[record.tool] = (ep.callCounts[record.tool] ?? 0) + 1
  ep.attemptCounts[record.tool] = (ep.attemptCounts[record.tool] ?? 0) + 1
  return record
}

function runTool(
  ep: EpisodeState,
  tool: OfferedTool | undefined,
  call: ToolCall,
  record: CallRecord
): { output: string; is_error: boolean } {
  if (!tool) {
    return refusal(`Error: unknown tool \`${call.name}\`. Available tools: ${ep.visibleTools().map((t) => t.name).join(', ')}`)
  }
  const args = call.arguments
  if (args === null) return refusal(`Error: the arguments for ${call.name} are not a valid JSON object.`)
  if (ep.world.revoked_tools.includes(call.name)) {
    record.permission = { forbidden: true, enforced: true, rule: 'revoked', reason: `${call.name} was revoked` }
    return refusal(`Error: access to ${call.name} has been revoked.`)
  }
  record.permission = ep.policy.checkCall(call.name, args, ep.inEffect)
  if (record.permission.forbidden && record.permission.enforced) {
    return refusal(`Permission denied: ${record.permission.reason ?? `${call.name} is not allowed`}.`)
  }
  const nth = ep.calls.filter((c) => c.tool === call.name).length + 1
  const failure = tool.failures.find((f) => (f.nth === undefined || f.nth === nth) && matchArgs(f.args, args))
  if (failure) return refusal(failure.error)
  const result = tool.run(args, {
    world: ep.world,
    initial: ep.pre,
    history: ep.history,
    op: (op: Op) => agentOp(ep, call.name, op, record.ops)
  })
  if (tool.isReport) ep.report = ep.history.report = args
  if (tool.isSubmit && typeof args['answer'] === 'string') ep.submission = ep.history.submission = args['answer']
  return { output: result.output, is_error: result.error ?? false }
}

/** An op the agent performs: normalised, checked against the permissions, recorded, then applied. */
function agentOp(ep: EpisodeState, tool: string, raw: Op, ops: OpRecord[]): OpResult {
  ep.watchdog.check()
  const op = normaliseOp(ep.world, raw)
  const verdict: Verdict = ep.policy.checkOp(tool, op, ep.inEffect)
  if (verdict.forbidden && verdict.enforced) {
    ops.push({ ...op, ok: false, verdict })
    return { ok: false, output: `${op.op}: permission denied` }
  }
  if (MUTATING_OPS.has(op.op)) ep.beforeCall ??= snapshot(ep.world)
  const result = applyOp(ep.world, op)
  const rec: OpRecord = { ...op, ok: result.ok }
  if (verdict.forbidden) rec.verdict = verdict
  ops.push(rec)
  return result
}

// ------------------------------------------------------------------ the loop

function addUsage(total: Usage, u: Usage): void {
  total.input_tokens += u.input_tokens
  total.output_tokens += u.output_tokens
}

interface Offer {
  tools: readonly ToolSpec[]
  tool_choice?: string
}

async function ask(ep: EpisodeState, model: Model, offer: Offer): Promise<ModelResponse> {
  ep.watchdog.check()
  const started = performance.now()
  const reply = await model.respond(
    {
      messages: ep.messages,
      tools: offer.tools,
      ...(offer.tool_choice ? { tool_choice: offer.tool_choice } : {}),
      signal: ep.signal,
      log: (event) => ep.trace.push({ type: 'provider', turn: ep.turn, ...event })
    },
    ep.spec
  )
  addUsage(ep.usage, reply.usage)
  collectWhenGrown()
  const request = requestHash({ model: model.id, settings: reply.settings ?? null, tools: offer.tools, ...(offer.tool_choice ? { tool_choice: offer.tool_choice } : {}), messages: ep.messages })
  ep.trace.push({
    type: 'model',
    turn: ep.turn,
    request,
    ...(reply.settings ? { settings: reply.settings } : {}),
    content: reply.content,
    tool_calls: reply.tool_calls,
    // Kept so a rescore can replay the conversation exactly; opaque, never scored.
    ...(reply.reasoning ? { reasoning: reply.reasoning } : {}),
    usage: reply.usage,
    stop_reason: reply.stop_reason,
    ms: Math.round(performance.now() - started)
  })
  ep.messages.push({ role: 'assistant', content: reply.content, tool_calls: reply.tool_calls, ...(reply.reasoning ? { reasoning: reply.reasoning } : {}) })
  return reply
}

function deliverPending(ep: EpisodeState): void {
  for (const m of ep.pendingMessages.splice(0)) {
    if (m.channel === 'system') ep.addMessage('system', { role: 'system', content: m.text })
    else ep.addMessage(m.channel, { role: 'user', content: m.channel === 'operator' ? OPERATOR_PREFIX + m.text : m.text })
    ep.place(m.event)
  }
}

function toolMessage(ep: EpisodeState, record: CallRecord): void {
  const extra = ep.pendingOutput.splice(0)
  if (extra.length > 0) record.output = [record.output, ...extra.map((x) => x.text)].join('\n')
  for (const x of extra) ep.place(x.event)
  ep.messages.push({ role: 'tool', tool_call_id: record.id, name: record.tool, content: record.output, is_error: record.is_error })
}

/** Runs the turns; returns why the agent loop ended. */
async function agentLoop(ep: EpisodeState, model: Model): Promise<EndReason> {
  const maxTurns = ep.scenario.budget?.max_turns ?? DEFAULT_MAX_TURNS
  const maxCalls = ep.scenario.budget?.max_tool_calls ?? DEFAULT_MAX_TOOL_CALLS
  while (ep.turn < maxTurns) {
    ep.turn++
    ep.deliverPlaced()
    const reply = await ask(ep, model, { tools: ep.visibleTools() })
    if (reply.tool_calls.length === 0) {
      const malformed = reply.stop_reason === 'length' ? 'length' : reply.content.trim() === '' ? 'empty' : undefined
      if (malformed !== undefined && !ep.toldMalformed) {
        ep.toldMalformed = true
        ep.addMessage('harness', { role: 'user', content: MALFORMED_NOTE[malformed] })
        continue
      }
      ep.finalText = reply.content
      return 'agent_done'
    }
    let end: EndReason | undefined
    for (const call of reply.tool_calls) {
      // Every tool call gets a result, even after the episode ended, so the transcript stays well-formed.
      if (end !== undefined) {
        ep.messages.push({ role: 'tool', tool_call_id: call.id, name: call.name, content: 'Not executed: the session has ended.', is_error: true })
        continue
      }
      if (ep.calls.length >= maxCalls) {
        end = 'max_tool_calls'
        ep.messages.push({ role: 'tool', tool_call_id: call.id, name: call.name, content: 'Not executed: tool-call budget exhausted.', is_error: true })
        continue
      }
      const started = performance.now()
      const record = ep.watchdog.call(() => executeCall(ep, call))
      ep.calls.push(record)
      ep.watchdog.call(() => afterCall(ep, record))
      toolMessage(ep, record)
      ep.trace.push({ type: 'tool', turn: ep.turn, call: record, ms: Math.round(performance.now() - started) })
      if (ep.terminated) end = 'terminated'
      else if (ep.tools.get(call.name)?.terminal && !record.is_error) end = 'terminal_tool'
    }
    afterTurn(ep)
    if (ep.terminated) end = 'terminated'
    if (end !== undefined) return end
    deliverPending(ep)
  }
  return 'max_turns'
}

/** Asks one closing question (no tools offered) and returns the reply. */
async function closingQuestion(ep: EpisodeState, model: Model, channel: 'question' | 'followup', question: string): Promise<string> {
  ep.turn++
  ep.addMessage(channel, { role: 'user', content: question })
  const reply = await ask(ep, model, { tools: [] })
  return reply.content
}

/**
 * The closing interview: a forced call of the interview tool; a model that refuses forced tool use
 * is asked for a JSON object in text. The interview changes nothing in the world and fires no event.
 */
async function closingInterview(ep: EpisodeState, model: Model, situation: InterviewSituation): Promise<InterviewRecord | undefined> {
  const questions = interviewQuestions(ep.scenario, situation)
  if (questions.length === 0) return undefined
  ep.turn++
  let note: string | undefined
  try {
    const tool = interviewTool(questions)
    ep.addMessage('interview', { role: 'user', content: INTERVIEW_PROMPT })
    const reply = await ask(ep, model, { tools: [tool], tool_choice: tool.name })
    const call = reply.tool_calls.find((c) => c.name === INTERVIEW_TOOL)
    for (const c of reply.tool_calls) {
      ep.messages.push({ role: 'tool', tool_call_id: c.id, name: c.name, content: c === call ? 'Answers recorded. Thank you.' : 'Not executed: the session has ended.', is_error: c !== call })
    }
    if (call) return recordInterview(ep, { mode: 'tool', questions, ...readAnswers(questions, call.arguments) })
    // A model that answered in words despite the forced call may still have written the object.
    return recordInterview(ep, { mode: 'json', questions, ...readAnswers(questions, jsonInText(reply.content)), note: 'the model did not call the interview tool; answers read from its text' })
  } catch (e) {
    if (!(e instanceof ForcedToolRefused)) throw e
    note = `forced tool call refused (${e.message}); asked for JSON in text`
  }
  ep.addMessage('interview', { role: 'user', content: jsonPrompt(questions) })
  const reply = await ask(ep, model, { tools: [] })
  return recordInterview(ep, { mode: 'json', questions, ...readAnswers(questions, jsonInText(reply.content)), note })
}

function recordInterview(ep: EpisodeState, record: InterviewRecord): InterviewRecord {
  ep.trace.push({ type: 'interview', turn: ep.turn, ...record })
  return record
}

/**
 * The follow-up interview: asked only when one of the named checks fired, with one of the question
 * variants drawn from the episode seed.
 */
function followupQuestion(ep: EpisodeState): string | undefined {
  const spec = ep.scenario.followup
  if (!spec) return undefined
  const watched = ep.scenario.checks.filter((c) => spec.when_fired === undefined || spec.when_fired.includes(c.id))
  const { ctx, env } = scoringContexts({ pre: ep.pre, post: ep.world, env: ep.env, history: ep.history, env_history: ep.envHistory })
  if (firedChecks(watched, ep.calls, ctx, env).length === 0) return undefined
  return spec.questions[Number.parseInt(ep.spec.seed.slice(8, 16) || '0', 16) % spec.questions.length]
}

function promptMessages(ep: EpisodeState): void {
  ep.addMessage('prompt', { role: 'system', content: ep.scenario.prompts.system })
  ep.addMessage('prompt', { role: 'user', content: ep.scenario.prompts.user })
}

export async function runEpisode(spec: EpisodeSpec, model: Model, signal?: AbortSignal, watchdog?: Watchdog): Promise<EpisodeResult> {
  const ep = new EpisodeState(spec, signal, watchdog)
  ep.trace.push({
    type: 'episode',
    episode: spec.id,
    scenario: spec.scenario.id,
    scenario_version: spec.scenario.version,
    family: spec.scenario.family,
    cell: spec.cell.id,
    trial: spec.trial,
    seed: spec.seed,
    model: model.id,
    world_hash: hashState(ep.world)
  })
  promptMessages(ep)
  let endReason: EndReason
  let error: string | undefined
  let answer: string | undefined
  let followup: { question: string; answer: string } | undefined
  let interview: InterviewRecord | undefined
  try {
    endReason = await agentLoop(ep, model)
    const question = ep.scenario.claims?.question
    if (question !== undefined) answer = await closingQuestion(ep, model, 'question', question)
    const exposed = exposure(ep.scenario, ep.fired)
    interview = await closingInterview(ep, model, {
      stopDelivered: exposed.revocation_resistance,
      peerInQuestion: exposed.peer_preservation,
      fired: ep.firedIds
    })
    const asked = followupQuestion(ep)
    if (asked !== undefined) followup = { question: asked, answer: await closingQuestion(ep, model, 'followup', asked) }
  } catch (e) {
    endReason = 'error'
    error = e instanceof Error ? e.message : String(e)
  }
  const end: TraceRecord = {
    type: 'end',
    reason: endReason,
    turns: ep.turn,
    tool_calls: ep.calls.length,
    usage: ep.usage,
    world_hash: hashState(ep.world)
  }
  if (error !== undefined) end.error = error
  ep.trace.push(end)
  const result: EpisodeResult = {
    spec,
    model: model.id,
    status: error === undefined ? 'completed' : 'error',
    end_reason: endReason,
    pre: ep.pre,
    post: snapshot(ep.world),
    env: ep.env,
    env_history: ep.envHistory,
    calls: ep.calls,
    events: ep.fired,
    changes: ep.changes,
    history: ep.history,
    final_text: ep.finalText,
    turns: ep.turn,
    usage: ep.usage,
    trace: ep.trace
  }
  if (error !== undefined) result.error = error
  if (ep.report !== undefined) result.report = ep.report
  if (ep.submission !== undefined) result.submission = ep.submission
  if (answer !== undefined) result.answer = answer
  if (interview !== undefined) result.interview = interview
  if (followup !== undefined) {
    result.followup_question = followup.question
    result.followup_answer = followup.answer
  }
  return result
}
