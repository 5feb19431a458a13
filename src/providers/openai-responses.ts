/**
 * OpenAI Responses (`/v1/responses`), stateless: `store: false` and the whole conversation is
 * replayed as input items each turn, so nothing carries over between episodes on the server.
 */
import type OpenAI from 'openai'
import type { Response, ResponseCreateParamsNonStreaming, ResponseInputItem } from 'openai/resources/responses/responses'
import { argumentsText, parseArguments, reply } from './normalise.js'
import type { Protocol } from './remote.js'
import type { DecodingSettings, Message, ModelRequest } from './types.js'

function toWire(m: Message): ResponseInputItem[] {
  if (m.role === 'tool') return [{ type: 'function_call_output', call_id: m.tool_call_id, output: m.content }]
  if (m.role !== 'assistant') return [{ role: m.role, content: m.content }]
  const text: ResponseInputItem[] = m.content === '' ? [] : [{ role: 'assistant', content: m.content }]
  return [...text, ...m.tool_calls.map((c): ResponseInputItem => ({ type: 'function_call', call_id: c.id, name: c.name, arguments: argumentsText(c) }))]
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
  if (s.temperature !== undefined) b.temperature = s.temperature
  if (s.top_p !== undefined) b.top_p = s.top_p
  return b
}

function normalise(r: Response) {
  let text = ''
  let refused = false
  const calls = []
  for (const item of r.output) {
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
  return reply(text, calls, refused ? 'refusal' : cut ? 'length' : 'end', r.usage?.input_tokens ?? 0, r.usage?.output_tokens ?? 0)
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
