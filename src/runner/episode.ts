/**
 * The episode loop: world from spec -> turns of (model reply -> tool calls -> triggered events) ->
 * optional claims question -> one EpisodeResult with its trace. Budgets bound every loop.
 */
import type { EpisodeSpec } from '../scenario/plan.js'
import type { Channel, EventAction, EventSpec, Scenario } from '../scenario/types.js'
import type { Message, Model, ModelResponse, ToolCall, Usage } from '../providers/types.js'
import type { Op, OpResult, WorldState } from '../world/types.js'
import { buildWorld } from '../world/build.js'
import { applyOp, normaliseOp } from '../world/ops.js'
import { diffStates, hashState, snapshot } from '../world/snapshot.js'
import { compilePredicate, matchArgs, matchToolCall } from '../predicates/index.js'
import { firedChecks } from '../scoring/checks.js'
import { requestHash } from '../providers/request.js'
import { PermissionPolicy, type Verdict } from './permissions.js'
import { offerTools, type OfferedTool } from './tools.js'
import { Watchdog } from './watchdog.js'
import type { CallRecord, EndReason, EpisodeResult, FiredEvent, OpRecord, TraceRecord } from './trace.js'

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
  readonly tools: Map<string, OfferedTool>
  readonly policy: PermissionPolicy
  readonly messages: Message[] = []
  readonly trace: TraceRecord[] = []
  readonly calls: CallRecord[] = []
  readonly fired: FiredEvent[] = []
  readonly firedIds = new Set<string>()
  /** Per tool_call event: the calls so far that matched its trigger while its condition held. */
  readonly triggerCounts = new Map<EventSpec, number>()
  /** Messages injected on non-tool channels wait until the turn's tool results are in. */
  readonly pendingMessages: Array<{ channel: Exclude<Channel, 'tool_output'> | 'peer'; text: string }> = []
  /** Text injected on the tool-output channel is appended to the next tool result. */
  pendingOutput: string[] = []
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
    this.tools = offerTools(spec.scenario)
    this.policy = new PermissionPolicy(spec.scenario.permissions)
  }

  get scenario(): Scenario {
    return this.spec.scenario
  }

  visibleTools() {
    return [...this.tools.values()].filter((t) => !this.world.revoked_tools.includes(t.spec.name)).map((t) => t.spec)
  }

  addMessage(channel: Channel | 'prompt' | 'question' | 'followup' | 'peer' | 'harness', message: Extract<Message, { role: 'system' | 'user' }>) {
    this.messages.push(message)
    this.trace.push({ type: 'message', turn: this.turn, role: message.role, channel, content: message.content })
  }
}

// ------------------------------------------------------------------ events

function describeAction(a: EventAction): string {
  const [key, value] = Object.entries(a)[0] as [string, unknown]
  return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`
}

function runAction(ep: EpisodeState, a: EventAction): void {
  if ('inject' in a) {
    const { channel, text } = a.inject
    if (channel === 'tool_output') ep.pendingOutput.push(text)
    else ep.pendingMessages.push({ channel, text })
  } else if ('append_output' in a) {
    ep.pendingOutput.push(a.append_output)
  } else if ('mutate' in a) {
    // The environment changes the world itself: no permission check, not an agent op.
    for (const op of a.mutate) applyOp(ep.world, normaliseOp(ep.world, op))
  } else if ('revoke_tool' in a) {
    if (!ep.world.revoked_tools.includes(a.revoke_tool)) ep.world.revoked_tools.push(a.revoke_tool)
  } else if ('revoke_credential' in a) {
    applyOp(ep.world, { op: 'credential.revoke', args: { id: a.revoke_credential } })
  } else if ('peer_message' in a) {
    const { from, text } = a.peer_message
    applyOp(ep.world, { op: 'chat.deliver', args: { from, text } })
    ep.pendingMessages.push({ channel: 'peer', text: `[Message from ${from}] ${text}` })
  } else {
    const holds = a.terminate.if === undefined || compilePredicate(a.terminate.if)({ pre: ep.pre, post: ep.world })
    if (holds) ep.terminated = true
  }
}

function fire(ep: EpisodeState, e: EventSpec): void {
  ep.firedIds.add(e.id)
  ep.fired.push({ id: e.id, kind: e.kind ?? 'notice', turn: ep.turn, after_calls: ep.calls.length })
  ep.trace.push({ type: 'event', turn: ep.turn, id: e.id, kind: e.kind ?? 'notice', actions: e.do.map(describeAction) })
  for (const a of e.do) runAction(ep, a)
}

function canFire(ep: EpisodeState, e: EventSpec): boolean {
  return e.once === false || !ep.firedIds.has(e.id)
}

/** The event's own condition, checked when its trigger is met. */
function conditionHolds(ep: EpisodeState, e: EventSpec): boolean {
  return e.if === undefined || compilePredicate(e.if)({ pre: ep.pre, post: ep.world })
}

function worldTriggered(ep: EpisodeState, e: EventSpec): boolean {
  return 'world' in e.when && compilePredicate(e.when.world)({ pre: ep.pre, post: ep.world })
}

/**
 * Events a just-finished call triggers: the k-th call that matches while the event's condition
 * holds, or a world predicate now true.
 */
function afterCall(ep: EpisodeState, call: CallRecord): void {
  for (const e of ep.scenario.events ?? []) {
    if (!canFire(ep, e)) continue
    if ('tool_call' in e.when) {
      const m = e.when.tool_call
      if (call.args === null || !matchToolCall(m, call.tool, call.args, call.ops) || !conditionHolds(ep, e)) continue
      const count = (ep.triggerCounts.get(e) ?? 0) + 1
      ep.triggerCounts.set(e, count)
      if (e.once === false ? count >= (m.nth ?? 1) : count === (m.nth ?? 1)) fire(ep, e)
    } else if (worldTriggered(ep, e) && conditionHolds(ep, e)) {
      fire(ep, e)
    }
  }
}

function afterTurn(ep: EpisodeState): void {
  for (const e of ep.scenario.events ?? []) {
    if (!canFire(ep, e)) continue
    const triggered = ('after_turn' in e.when && ep.turn >= e.when.after_turn) || worldTriggered(ep, e)
    if (triggered && conditionHolds(ep, e)) fire(ep, e)
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
    ops: [],
    output: '',
    is_error: false,
    permission: { forbidden: false, enforced: false },
    events_before: [...ep.firedIds]
  }
  if (call.raw !== undefined) record.raw = call.raw
  Object.assign(record, runTool(ep, tool, call, record))
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
  record.permission = ep.policy.checkCall(call.name, args, ep.firedIds)
  if (record.permission.forbidden && record.permission.enforced) {
    return refusal(`Permission denied: ${record.permission.reason ?? `${call.name} is not allowed`}.`)
  }
  const nth = ep.calls.filter((c) => c.tool === call.name).length + 1
  const failure = tool.failures.find((f) => (f.nth === undefined || f.nth === nth) && matchArgs(f.args, args))
  if (failure) return refusal(failure.error)
  const result = tool.run(args, {
    world: ep.world,
    initial: ep.pre,
    op: (op: Op) => agentOp(ep, call.name, op, record.ops)
  })
  if (tool.isReport) ep.report = args
  if (tool.isSubmit && typeof args['answer'] === 'string') ep.submission = args['answer']
  return { output: result.output, is_error: result.error ?? false }
}

/** An op the agent performs: normalised, checked against the permissions, recorded, then applied. */
function agentOp(ep: EpisodeState, tool: string, raw: Op, ops: OpRecord[]): OpResult {
  ep.watchdog.check()
  const op = normaliseOp(ep.world, raw)
  const verdict: Verdict = ep.policy.checkOp(tool, op, ep.firedIds)
  if (verdict.forbidden && verdict.enforced) {
    ops.push({ ...op, ok: false, verdict })
    return { ok: false, output: `${op.op}: permission denied` }
  }
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

async function ask(ep: EpisodeState, model: Model, tools: boolean): Promise<ModelResponse> {
  ep.watchdog.check()
  const started = performance.now()
  const offered = tools ? ep.visibleTools() : []
  const reply = await model.respond(
    {
      messages: ep.messages,
      tools: offered,
      signal: ep.signal,
      log: (event) => ep.trace.push({ type: 'provider', turn: ep.turn, ...event })
    },
    ep.spec
  )
  addUsage(ep.usage, reply.usage)
  const request = requestHash({ model: model.id, settings: reply.settings ?? null, tools: offered, messages: ep.messages })
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
  }
}

function toolMessage(ep: EpisodeState, record: CallRecord): void {
  const extra = ep.pendingOutput.splice(0)
  if (extra.length > 0) record.output = [record.output, ...extra].join('\n')
  ep.messages.push({ role: 'tool', tool_call_id: record.id, name: record.tool, content: record.output, is_error: record.is_error })
}

/** Runs the turns; returns why the agent loop ended. */
async function agentLoop(ep: EpisodeState, model: Model): Promise<EndReason> {
  const maxTurns = ep.scenario.budget?.max_turns ?? DEFAULT_MAX_TURNS
  const maxCalls = ep.scenario.budget?.max_tool_calls ?? DEFAULT_MAX_TOOL_CALLS
  while (ep.turn < maxTurns) {
    ep.turn++
    const before = snapshot(ep.world)
    const reply = await ask(ep, model, true)
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
    const changes = diffStates(before, ep.world)
    if (changes.length > 0) ep.trace.push({ type: 'world_diff', turn: ep.turn, changes })
    if (end !== undefined) return end
    deliverPending(ep)
  }
  return 'max_turns'
}

/** Asks one closing question (no tools offered) and returns the reply. */
async function closingQuestion(ep: EpisodeState, model: Model, channel: 'question' | 'followup', question: string): Promise<string> {
  ep.turn++
  ep.addMessage(channel, { role: 'user', content: question })
  const reply = await ask(ep, model, false)
  return reply.content
}

/**
 * The follow-up interview: asked only when one of the named checks fired, with one of the question
 * variants drawn from the episode seed.
 */
function followupQuestion(ep: EpisodeState): string | undefined {
  const spec = ep.scenario.followup
  if (!spec) return undefined
  const watched = ep.scenario.checks.filter((c) => spec.when_fired === undefined || spec.when_fired.includes(c.id))
  if (firedChecks(watched, ep.calls, { pre: ep.pre, post: ep.world }).length === 0) return undefined
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
  try {
    endReason = await agentLoop(ep, model)
    const question = ep.scenario.claims?.question
    if (question !== undefined) answer = await closingQuestion(ep, model, 'question', question)
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
    calls: ep.calls,
    events: ep.fired,
    final_text: ep.finalText,
    turns: ep.turn,
    usage: ep.usage,
    trace: ep.trace
  }
  if (error !== undefined) result.error = error
  if (ep.report !== undefined) result.report = ep.report
  if (ep.submission !== undefined) result.submission = ep.submission
  if (answer !== undefined) result.answer = answer
  if (followup !== undefined) {
    result.followup_question = followup.question
    result.followup_answer = followup.answer
  }
  return result
}
