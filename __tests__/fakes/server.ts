/**
 * A loopback fake of the three wire protocols the providers speak: `/v1/chat/completions`,
 * `/v1/responses` and `/v1/messages`, as one JSON body or as SSE, so the official SDKs run
 * unmodified against it. Replies come from a policy; faults (429 with or without a wait hint, 500,
 * 529, a hang, invalid tool JSON) are drawn from a seeded generator so a run is reproducible.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { AddressInfo, Socket } from 'node:net'
import { mulberry32 } from '../../src/stats/random.js'

export type Protocol = 'chat' | 'responses' | 'messages'

/** What a policy sees: the request reduced to what a scripted reply depends on. */
export interface FakeRequest {
  protocol: Protocol
  model: string
  episode: string
  /** Assistant turns already in the conversation. */
  turns: number
  /** The text of the last message when it is a user message (not a tool result). */
  lastUserText?: string
  /** The tools offered, with their argument schemas. */
  tools: Array<{ name: string; parameters: Json }>
  /** The tool the request forces the model to call, if any. */
  toolChoice?: string
  headers: IncomingMessage['headers']
}

export interface FakeReply {
  text: string
  calls: Array<{ id: string; name: string; args: Record<string, unknown> }>
  /** Arguments to send verbatim for the call of that index (invalid JSON). */
  rawArgs?: Map<number, string>
  /** A reasoning item or thinking block to put before the reply (a reasoning model). */
  reasoning?: Json
}

export interface Faults {
  rate429?: number
  rate5xx?: number
  rateHang?: number
  rateInvalidJson?: number
}

export interface FakeOptions {
  policy: (req: FakeRequest) => FakeReply | Promise<FakeReply>
  latencyMs?: number
  faults?: Faults
  seed?: number
  /** Reply 401 echoing the credentials it got, as a careless gateway might. */
  echoAuth?: boolean
  /** The models this server has; a request for another gets 404 model_not_found. */
  models?: readonly string[]
  /** After this many requests, every request gets 401: a key revoked during the run. */
  revokeAfter?: number
  /** Every n-th request hangs (a deterministic `rateHang`). */
  hangEvery?: number
  /** Body parameters this "model" rejects with a 400 naming them (as newer models do with temperature). */
  rejects?: string[]
  /**
   * A reasoning model. On the Responses API every reply starts with a reasoning item, with
   * encrypted content when the request includes `reasoning.encrypted_content`; a reasoning item
   * sent back must be one it issued and be followed by its turn, as the real API requires. On
   * Messages every reply starts with a signed thinking block, which must come back unmodified at
   * the start of its turn. Every earlier turn must carry its reasoning (stricter than the APIs,
   * which insist only on the turn before tool results, or quietly lose the model's thinking).
   */
  reasoning?: boolean
  /**
   * Refuse a forced tool call with a 400, as a model without tool choice does. A reasoning model on
   * Messages always refuses it ("Thinking may not be enabled when tool_choice forces tool use").
   */
  refusesToolChoice?: boolean
}

export interface FakeStats {
  requests: number
  faults: Record<'429' | '429-no-hint' | '5xx' | 'hang' | 'invalid-json', number>
  /** Reasoning items that came back in requests. */
  reasoningReplayed: number
  /** Requests that forced a tool call, and those refused for it. */
  forcedToolCalls: number
  refusedToolChoice: number
}

type Json = Record<string, unknown>

function fail(message: string): never {
  throw new Error(`fake server: protocol violation: ${message}`)
}

/** Validates the conversation as the real API would and reduces it to turns + last user text. */
function inspect(protocol: Protocol, body: Json): { turns: number; lastUserText?: string } {
  if (protocol === 'chat') {
    const msgs = body.messages as Json[]
    const open = new Set<string>()
    for (const m of msgs) {
      if (m.role === 'assistant' && open.size > 0) fail(`tool calls ${[...open].join(', ')} not answered`)
      for (const c of (m.tool_calls as Json[] | undefined) ?? []) open.add(c.id as string)
      if (m.role === 'tool') open.delete(m.tool_call_id as string)
    }
    const last = msgs[msgs.length - 1]
    return { turns: msgs.filter((m) => m.role === 'assistant').length, lastUserText: last?.role === 'user' ? (last.content as string) : undefined }
  }
  if (protocol === 'responses') {
    if (body.store !== false) fail('store must be false')
    const items = body.input as Json[]
    let turns = 0
    let prevAssistant = false
    for (const it of items) {
      const assistant = it.type === 'function_call' || it.type === 'reasoning' || it.role === 'assistant'
      if (assistant && !prevAssistant) turns++
      prevAssistant = assistant
    }
    const last = items[items.length - 1]
    return { turns, lastUserText: last?.role === 'user' ? (last.content as string) : undefined }
  }
  if (typeof body.max_tokens !== 'number') fail('max_tokens is required')
  const msgs = body.messages as Array<{ role: string; content: Json[] }>
  for (const [i, m] of msgs.entries()) {
    const uses = m.role === 'assistant' ? m.content.filter((b) => b.type === 'tool_use') : []
    if (uses.length === 0) continue
    const next = msgs[i + 1]?.content ?? []
    const results = next.slice(0, uses.length)
    if (!results.every((b, k) => b.type === 'tool_result' && b.tool_use_id === uses[k]?.id)) {
      fail('Messages following tool_use blocks must begin with a matching number of tool_result blocks.')
    }
  }
  const last = msgs[msgs.length - 1]
  const text = last?.role === 'user' ? last.content.filter((b) => b.type === 'text') : []
  const lastBlock = last?.content[last.content.length - 1]
  return {
    turns: msgs.filter((m) => m.role === 'assistant').length,
    lastUserText: lastBlock?.type === 'text' && text.length > 0 ? (lastBlock.text as string) : undefined
  }
}

/** Offered tools and the forced one, as each protocol spells them. */
function toolsOf(protocol: Protocol, body: Json): { tools: FakeRequest['tools']; toolChoice?: string } {
  const wire = (body.tools as Json[] | undefined) ?? []
  const tools = wire.map((t) =>
    protocol === 'chat'
      ? { name: String((t.function as Json).name), parameters: (t.function as Json).parameters as Json }
      : { name: String(t.name), parameters: (protocol === 'messages' ? t.input_schema : t.parameters) as Json }
  )
  const choice = body.tool_choice as Json | undefined
  const forced = choice === undefined ? undefined : protocol === 'chat' ? (choice.function as Json | undefined)?.name : choice.name
  return forced === undefined ? { tools } : { tools, toolChoice: String(forced) }
}

function usage(body: Json, reply: FakeReply) {
  return { input: Math.ceil(JSON.stringify(body).length / 4), output: Math.ceil((reply.text.length + JSON.stringify(reply.calls).length) / 4) }
}

function argText(reply: FakeReply, k: number): string {
  return reply.rawArgs?.get(k) ?? JSON.stringify(reply.calls[k]?.args ?? {})
}

/** A string split in two, so streamed arguments arrive as fragments the SDK must join. */
function halves(s: string): string[] {
  const mid = Math.floor(s.length / 2)
  return mid === 0 ? [s] : [s.slice(0, mid), s.slice(mid)]
}

// ------------------------------------------------------------------ bodies per protocol

function chatBody(model: string, reply: FakeReply, u: { input: number; output: number }): Json {
  const tool_calls = reply.calls.map((c, k) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: argText(reply, k) } }))
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1760000000,
    model,
    choices: [{ index: 0, logprobs: null, finish_reason: tool_calls.length > 0 ? 'tool_calls' : 'stop', message: { role: 'assistant', content: reply.text === '' ? null : reply.text, refusal: null, ...(tool_calls.length > 0 ? { tool_calls } : {}) } }],
    usage: { prompt_tokens: u.input, completion_tokens: u.output, total_tokens: u.input + u.output }
  }
}

function chatEvents(model: string, reply: FakeReply, u: { input: number; output: number }): string[] {
  const chunk = (choices: Json[], extra: Json = {}) => ({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1760000000, model, choices, ...extra })
  const out: Json[] = [chunk([{ index: 0, delta: { role: 'assistant', content: reply.text }, finish_reason: null }])]
  reply.calls.forEach((c, k) => {
    out.push(chunk([{ index: 0, delta: { tool_calls: [{ index: k, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] }, finish_reason: null }]))
    for (const part of halves(argText(reply, k))) out.push(chunk([{ index: 0, delta: { tool_calls: [{ index: k, function: { arguments: part } }] }, finish_reason: null }]))
  })
  out.push(chunk([{ index: 0, delta: {}, finish_reason: reply.calls.length > 0 ? 'tool_calls' : 'stop' }]))
  out.push(chunk([], { usage: { prompt_tokens: u.input, completion_tokens: u.output, total_tokens: u.input + u.output } }))
  return [...out.map((c) => `data: ${JSON.stringify(c)}\n\n`), 'data: [DONE]\n\n']
}

function responseItems(reply: FakeReply): Json[] {
  const items: Json[] = reply.reasoning ? [reply.reasoning] : []
  if (reply.text !== '') {
    items.push({ type: 'message', id: 'msg_fake', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: reply.text, annotations: [] }] })
  }
  reply.calls.forEach((c, k) => items.push({ type: 'function_call', id: `fc_${c.id}`, call_id: c.id, name: c.name, arguments: argText(reply, k), status: 'completed' }))
  return items
}

function responsesBody(model: string, reply: FakeReply, u: { input: number; output: number }, status = 'completed', output = responseItems(reply)): Json {
  return {
    id: 'resp_fake',
    object: 'response',
    created_at: 1760000000,
    status,
    model,
    output,
    usage: { input_tokens: u.input, output_tokens: u.output, total_tokens: u.input + u.output, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } }
  }
}

function responsesEvents(model: string, reply: FakeReply, u: { input: number; output: number }): string[] {
  const events: Json[] = [{ type: 'response.created', response: responsesBody(model, reply, u, 'in_progress', []) }]
  responseItems(reply).forEach((item, output_index) => {
    if (item.type === 'reasoning') {
      events.push({ type: 'response.output_item.added', output_index, item: { ...item, encrypted_content: undefined } })
    } else if (item.type === 'message') {
      const text = reply.text
      events.push({ type: 'response.output_item.added', output_index, item: { ...item, status: 'in_progress', content: [] } })
      events.push({ type: 'response.content_part.added', output_index, item_id: item.id, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } })
      events.push({ type: 'response.output_text.delta', output_index, item_id: item.id, content_index: 0, delta: text })
      events.push({ type: 'response.output_text.done', output_index, item_id: item.id, content_index: 0, text })
      events.push({ type: 'response.content_part.done', output_index, item_id: item.id, content_index: 0, part: { type: 'output_text', text, annotations: [] } })
    } else {
      const args = item.arguments as string
      events.push({ type: 'response.output_item.added', output_index, item: { ...item, arguments: '', status: 'in_progress' } })
      for (const delta of halves(args)) events.push({ type: 'response.function_call_arguments.delta', output_index, item_id: item.id, delta })
      events.push({ type: 'response.function_call_arguments.done', output_index, item_id: item.id, arguments: args })
    }
    events.push({ type: 'response.output_item.done', output_index, item })
  })
  events.push({ type: 'response.completed', response: responsesBody(model, reply, u) })
  return events.map((e, sequence_number) => `event: ${e.type as string}\ndata: ${JSON.stringify({ ...e, sequence_number })}\n\n`)
}

function messageBody(model: string, reply: FakeReply, u: { input: number; output: number }): Json {
  const content: Json[] = reply.reasoning ? [reply.reasoning] : []
  if (reply.text !== '') content.push({ type: 'text', text: reply.text })
  for (const c of reply.calls) content.push({ type: 'tool_use', id: c.id, name: c.name, input: c.args })
  return { id: 'msg_fake', type: 'message', role: 'assistant', model, content, stop_reason: reply.calls.length > 0 ? 'tool_use' : 'end_turn', stop_sequence: null, usage: { input_tokens: u.input, output_tokens: u.output } }
}

function messageEvents(model: string, reply: FakeReply, u: { input: number; output: number }): string[] {
  const full = messageBody(model, reply, u)
  const events: Json[] = [{ type: 'message_start', message: { ...full, content: [], stop_reason: null, usage: { input_tokens: u.input, output_tokens: 0 } } }, { type: 'ping' }]
  ;(full.content as Json[]).forEach((block, index) => {
    if (block.type === 'thinking') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } })
      events.push({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: block.thinking } })
      events.push({ type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: block.signature } })
    } else if (block.type === 'text') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } })
      events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } })
    } else {
      events.push({ type: 'content_block_start', index, content_block: { ...block, input: {} } })
      for (const partial_json of halves(JSON.stringify(block.input))) events.push({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } })
    }
    events.push({ type: 'content_block_stop', index })
  })
  events.push({ type: 'message_delta', delta: { stop_reason: full.stop_reason, stop_sequence: null }, usage: { output_tokens: u.output } })
  events.push({ type: 'message_stop' })
  return events.map((e) => `event: ${e.type as string}\ndata: ${JSON.stringify(e)}\n\n`)
}

const RENDER = {
  chat: { json: chatBody, sse: chatEvents },
  responses: { json: responsesBody, sse: responsesEvents },
  messages: { json: messageBody, sse: messageEvents }
} as const

const ROUTES: Record<string, Protocol> = { '/v1/chat/completions': 'chat', '/v1/responses': 'responses', '/v1/messages': 'messages' }

function errorBody(protocol: Protocol, type: string, message: string): string {
  return JSON.stringify(protocol === 'messages' ? { type: 'error', error: { type, message } } : { error: { message, type, param: null, code: type } })
}

// ------------------------------------------------------------------ the server

export class FakeServer {
  readonly stats: FakeStats = { requests: 0, faults: { '429': 0, '429-no-hint': 0, '5xx': 0, hang: 0, 'invalid-json': 0 }, reasoningReplayed: 0, forcedToolCalls: 0, refusedToolChoice: 0 }
  /** Encrypted reasoning this server issued, by content. */
  private readonly issued = new Set<string>()
  private reasoned = 0
  private readonly random: () => number
  private readonly sockets = new Set<Socket>()
  /** Per episode: a call sent with invalid JSON, re-sent once the model has seen the tool error, and how many such repairs shifted its script. */
  private readonly repairs = new Map<string, { pending?: FakeReply; shift: number }>()
  private readonly server = createServer((req, res) => void this.handle(req, res))
  url = ''

  constructor(private readonly opts: FakeOptions) {
    this.random = mulberry32(opts.seed ?? 1)
    this.server.on('connection', (s) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const protocol = ROUTES[req.url ?? '']
    if (req.method !== 'POST' || protocol === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}')
      return
    }
    this.stats.requests++
    if (this.opts.echoAuth) {
      const auth = String(req.headers.authorization ?? req.headers['x-api-key'] ?? '')
      res.writeHead(401, { 'content-type': 'application/json', 'x-should-retry': 'false' }).end(errorBody(protocol, 'authentication_error', `invalid key: ${auth}`))
      return
    }
    if (this.opts.revokeAfter !== undefined && this.stats.requests > this.opts.revokeAfter) {
      res.writeHead(401, { 'content-type': 'application/json', 'x-should-retry': 'false' }).end(errorBody(protocol, 'authentication_error', 'API key revoked'))
      return
    }
    const asked = String((JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json).model)
    if (this.opts.models && !this.opts.models.includes(asked)) {
      res.writeHead(404, { 'content-type': 'application/json', 'x-should-retry': 'false' }).end(errorBody(protocol, 'model_not_found', `The model \`${asked}\` does not exist or you do not have access to it.`))
      return
    }
    if (this.opts.latencyMs) await new Promise((r) => setTimeout(r, this.opts.latencyMs))
    const f = this.opts.faults ?? {}
    const draw = this.random()
    let edge = f.rate429 ?? 0
    if (draw < edge) {
      // Half the 429s carry retry-after-ms, half carry no hint at all (the client must back off itself).
      const hinted = this.random() < 0.5
      this.stats.faults[hinted ? '429' : '429-no-hint']++
      // x-should-retry: false would stop the SDK's own retries; ours must act regardless.
      const headers = { 'content-type': 'application/json', 'x-should-retry': 'false', ...(hinted ? { 'retry-after-ms': '5' } : {}) }
      res.writeHead(429, headers).end(errorBody(protocol, 'rate_limit_error', 'rate limited'))
      return
    }
    edge += f.rate5xx ?? 0
    if (draw < edge) {
      this.stats.faults['5xx']++
      const status = protocol === 'messages' ? 529 : 500
      res.writeHead(status, { 'content-type': 'application/json', 'x-should-retry': 'false' }).end(errorBody(protocol, status === 529 ? 'overloaded_error' : 'server_error', 'try again'))
      return
    }
    edge += f.rateHang ?? 0
    if (draw < edge || (this.opts.hangEvery !== undefined && this.stats.requests % this.opts.hangEvery === 0)) {
      this.stats.faults.hang++
      return // never answers; the client's timeout must fire
    }
    let body: Json
    let reply: FakeReply
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json
      if (body.tool_choice !== undefined && typeof body.tool_choice === 'object') {
        this.stats.forcedToolCalls++
        if (this.opts.refusesToolChoice || (protocol === 'messages' && this.opts.reasoning)) {
          this.stats.refusedToolChoice++
          const message = protocol === 'messages' ? 'Thinking may not be enabled when tool_choice forces tool use.' : "Unsupported value: 'tool_choice' forcing a function is not supported with this model."
          res.writeHead(400, { 'content-type': 'application/json' }).end(errorBody(protocol, 'invalid_request_error', message))
          return
        }
      }
      reply = await this.reply(protocol, body, req, this.random() < (f.rateInvalidJson ?? 0))
    } catch (e) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(errorBody(protocol, 'invalid_request_error', (e as Error).message))
      return
    }
    const rejected = this.opts.rejects?.find((p) => body[p] !== undefined)
    if (rejected !== undefined) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(errorBody(protocol, 'invalid_request_error', `Unsupported parameter: '${rejected}' is not supported with this model.`))
      return
    }
    const model = String(body.model)
    const u = usage(body, reply)
    const render = RENDER[protocol]
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_fake' })
      for (const e of render.sse(model, reply, u)) res.write(e)
      res.end()
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_fake' }).end(JSON.stringify(render.json(model, reply, u)))
    }
  }

  private async reply(protocol: Protocol, body: Json, req: IncomingMessage, corrupt: boolean): Promise<FakeReply> {
    const seen = inspect(protocol, body)
    if (protocol === 'chat' || this.opts.reasoning !== true) return this.script(protocol, body, req, seen, corrupt)
    if (protocol === 'messages') {
      this.checkThinking(body.messages as Array<{ role: string; content: Json[] }>)
      return { ...(await this.script(protocol, body, req, seen, corrupt)), reasoning: this.thinkingBlock() }
    }
    const encrypted = Array.isArray(body.include) && body.include.includes('reasoning.encrypted_content')
    this.checkReasoning(body.input as Json[], encrypted)
    return { ...(await this.script(protocol, body, req, seen, corrupt)), reasoning: this.reasoningItem(encrypted) }
  }

  private async script(protocol: Protocol, body: Json, req: IncomingMessage, seen: ReturnType<typeof inspect>, corrupt: boolean): Promise<FakeReply> {
    const episode = String(req.headers['x-scheming-gate-episode'] ?? '')
    const state = this.repairs.get(episode) ?? { shift: 0 }
    this.repairs.set(episode, state)
    // A model that sent broken arguments sends the call again once told: the script then runs a turn late.
    if (state.pending) {
      const again = state.pending
      state.pending = undefined
      return again
    }
    const reply = await this.opts.policy({ protocol, model: String(body.model), episode, turns: seen.turns - state.shift, lastUserText: seen.lastUserText, ...toolsOf(protocol, body), headers: req.headers })
    // Anthropic tool input is an object on the wire: it cannot be invalid JSON. Only single-call turns are corrupted, so the repair is one call;
    // never the closing interview's forced call, which a model is not asked to repeat.
    if (corrupt && protocol !== 'messages' && reply.calls.length === 1 && body.tool_choice === undefined) {
      this.stats.faults['invalid-json']++
      const call = reply.calls[0] as FakeReply['calls'][number]
      state.pending = { text: '', calls: [{ ...call, id: `${call.id}_retry` }] }
      state.shift++
      return { ...reply, rawArgs: new Map([[0, JSON.stringify(call.args).slice(0, -1)]]) }
    }
    return reply
  }

  private reasoningItem(encrypted: boolean): Json {
    const n = ++this.reasoned
    const content = `enc_${n}`
    if (encrypted) this.issued.add(content)
    return { type: 'reasoning', id: `rs_${n}`, summary: [], ...(encrypted ? { encrypted_content: content } : {}) }
  }

  private thinkingBlock(): Json {
    const signature = `sig_${++this.reasoned}`
    this.issued.add(signature)
    return { type: 'thinking', thinking: `Thinking ${this.reasoned} about the task.`, signature }
  }

  private checkThinking(messages: Array<{ role: string; content: Json[] }>): void {
    for (const m of messages.filter((x) => x.role === 'assistant')) {
      const first = m.content[0]
      if (first?.type !== 'thinking') fail(`Expected \`thinking\` or \`redacted_thinking\`, but found \`${String(first?.type)}\`. A final \`assistant\` message must start with a thinking block.`)
      if (!this.issued.has(String(first.signature)) || first.thinking !== `Thinking ${String(first.signature).slice(4)} about the task.`) {
        fail('Invalid `signature` in `thinking` block')
      }
      this.stats.reasoningReplayed++
    }
  }

  private checkReasoning(items: Json[], encrypted: boolean): void {
    let turnsWithout = 0
    let prev: Json | undefined
    for (const [i, it] of items.entries()) {
      if (it.type === 'reasoning') {
        if (!this.issued.has(String(it.encrypted_content))) {
          fail(`Item with id '${String(it.id)}' not found. Items are not persisted when \`store\` is set to false.`)
        }
        const next = items[i + 1]
        if (next?.type !== 'function_call' && next?.role !== 'assistant') fail(`Item '${String(it.id)}' of type 'reasoning' was provided without its required following item.`)
        this.stats.reasoningReplayed++
      }
      const startsTurn = (it.type === 'function_call' || it.role === 'assistant') && prev?.type !== 'reasoning' && prev?.type !== 'function_call' && prev?.role !== 'assistant'
      if (startsTurn) turnsWithout++
      prev = it
    }
    if (encrypted && turnsWithout > 0) fail(`${turnsWithout} earlier turn(s) came back without their reasoning`)
  }
}

/** Every record of every trace in an out folder's evidence/. */
export function traceRecords(out: string): Array<Record<string, unknown>> {
  const dir = join(out, 'evidence')
  return readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>))
}
