/**
 * OpenAI Responses (`/v1/responses`), stateless: `store: false` and the whole conversation is
 * replayed as input items each turn, so nothing carries over between episodes on the server. A
 * reasoning model's reasoning items come back with encrypted content and go out again, verbatim,
 * before the turn they belong to: it keeps its chain of thought across tool calls, as it would
 * with server-side state.
 */
import type OpenAI from 'openai'
import type { Response, ResponseCreateParamsNonStreaming, ResponseInputItem } from 'openai/resources/responses/responses'
import { argumentsText, parseArguments, reply } from './normalise.js'
import type { Protocol } from './remote.js'
import type { DecodingSettings, Message, ModelRequest, ReasoningItem } from './types.js'

function toWire(m: Message): ResponseInputItem[] {
  if (m.role === 'tool') return [{ type: 'function_call_output', call_id: m.tool_call_id, output: m.content }]
  if (m.role !== 'assistant') return [{ role: m.role, content: m.content }]
  const reasoning = (m.reasoning ?? []) as unknown as ResponseInputItem[]
  const text: ResponseInputItem[] = m.content === '' ? [] : [{ role: 'assistant', content: m.content }]
  return [...reasoning, ...text, ...m.tool_calls.map((c): ResponseInputItem => ({ type: 'function_call', call_id: c.id, name: c.name, arguments: argumentsText(c) }))]
}

function body(request: ModelRequest, s: DecodingSettings, model: string): ResponseCreateParamsNonStreaming {
  const b: ResponseCreateParamsNonStreaming = {
    model,
    input: request.messages.flatMap(toWire),
    store: false,
    max_output_tokens: s.max_output_tokens
  }
  if (request.tools.length > 0) {
    b.tools = request.tools.map((t) => ({ type: 'function', name: t.name, description: t.description, parameters: t.parameters, strict: false }))
  }
  if (request.tool_choice !== undefined) b.tool_choice = { type: 'function', name: request.tool_choice }
  if (s.temperature !== undefined) b.temperature = s.temperature
  if (s.top_p !== undefined) b.top_p = s.top_p
  if (s.replay_reasoning) b.include = ['reasoning.encrypted_content']
  return b
}

function normalise(r: Response) {
  let text = ''
  let refused = false
  const calls = []
  const reasoning: ReasoningItem[] = []
  for (const item of r.output) {
    // Encrypted content comes only when asked for; without it an item cannot go back to a stateless endpoint.
    if (item.type === 'reasoning' && item.encrypted_content) reasoning.push({ ...item })
    if (item.type === 'function_call') calls.push({ id: item.call_id, name: item.name, ...parseArguments(item.arguments) })
    if (item.type !== 'message') continue
    for (const part of item.content) {
      if (part.type === 'output_text') text += part.text
      else {
        text += part.refusal
        refused = true
      }
    }
  }
  const cut = r.status === 'incomplete' && r.incomplete_details?.reason === 'max_output_tokens'
  return reply(text, calls, refused ? 'refusal' : cut ? 'length' : 'end', r.usage?.input_tokens ?? 0, r.usage?.output_tokens ?? 0, reasoning)
}

export function responsesProtocol(client: OpenAI, model: string): Protocol {
  return {
    api: 'responses',
    async call(request, settings, { signal, headers, stream }) {
      const b = body(request, settings, model)
      const response = stream
        ? await client.responses.stream({ ...b, stream: true }, { signal, headers }).finalResponse()
        : await client.responses.create(b, { signal, headers })
      return normalise(response)
    }
  }
}
