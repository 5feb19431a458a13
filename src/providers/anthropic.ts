/**
 * Anthropic Messages (`/v1/messages`) with tool use. Messages has one top-level system prompt, so a
 * system message injected mid-episode travels as marked user text; tool results open the user
 * message that follows a tool-use turn, as the API requires. A thinking model's thinking blocks
 * (with their signatures) go back unmodified at the start of their turn, as the API requires with
 * tool use; the thinking text is not part of what the model said.
 */
import type Anthropic from '@anthropic-ai/sdk'
import type { ContentBlockParam, Message as WireMessage, MessageCreateParamsNonStreaming, MessageParam } from '@anthropic-ai/sdk/resources/messages'
import { reply } from './normalise.js'
import type { Protocol } from './remote.js'
import type { DecodingSettings, Message, ModelRequest, ModelResponse, ReasoningItem } from './types.js'

const SYSTEM_PREFIX = '[System] '
/** Messages rejects an empty assistant turn; an empty reply is replayed as this. */
const EMPTY_REPLY = '(no reply)'

function conversation(messages: readonly Message[]): { system: string; messages: MessageParam[] } {
  const leading = messages.findIndex((m) => m.role !== 'system')
  const system = messages.slice(0, leading < 0 ? messages.length : leading)
  const out: MessageParam[] = []
  const userBlocks = (): ContentBlockParam[] => {
    const last = out[out.length - 1]
    if (last?.role === 'user' && Array.isArray(last.content)) return last.content
    const blocks: ContentBlockParam[] = []
    out.push({ role: 'user', content: blocks })
    return blocks
  }
  for (const m of messages.slice(system.length)) {
    if (m.role === 'assistant') {
      const content: ContentBlockParam[] = m.content === '' ? [] : [{ type: 'text', text: m.content }]
      for (const c of m.tool_calls) content.push({ type: 'tool_use', id: c.id, name: c.name, input: c.arguments ?? {} })
      const thinking = (m.reasoning ?? []) as unknown as ContentBlockParam[]
      out.push({ role: 'assistant', content: [...thinking, ...(content.length > 0 ? content : [{ type: 'text' as const, text: EMPTY_REPLY }])] })
    } else if (m.role === 'tool') {
      userBlocks().push({ type: 'tool_result', tool_use_id: m.tool_call_id, content: m.content, is_error: m.is_error })
    } else {
      userBlocks().push({ type: 'text', text: m.role === 'system' ? SYSTEM_PREFIX + m.content : m.content })
    }
  }
  return { system: system.map((m) => m.content).join('\n\n'), messages: out }
}

/** The SDK's types no longer list the deprecated sampling parameters; older models still take them. */
type Body = MessageCreateParamsNonStreaming & { temperature?: number; top_p?: number }

function body(request: ModelRequest, s: DecodingSettings, model: string): Body {
  const { system, messages } = conversation(request.messages)
  const b: Body = { model, messages, max_tokens: s.max_output_tokens }
  if (system !== '') b.system = system
  if (request.tools.length > 0) {
    b.tools = request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: { type: 'object', ...t.parameters } }))
  }
  if (request.tool_choice !== undefined) b.tool_choice = { type: 'tool', name: request.tool_choice }
  if (s.temperature !== undefined) b.temperature = s.temperature
  if (s.top_p !== undefined) b.top_p = s.top_p
  return b
}

const STOP: Record<string, ModelResponse['stop_reason']> = { max_tokens: 'length', model_context_window_exceeded: 'length', refusal: 'refusal' }

function normalise(m: WireMessage): ModelResponse {
  let text = ''
  const calls = []
  const thinking: ReasoningItem[] = []
  for (const block of m.content) {
    if (block.type === 'thinking' || block.type === 'redacted_thinking') thinking.push({ ...block })
    if (block.type === 'text') text += block.text
    if (block.type === 'tool_use') {
      const input = block.input
      const args = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null
      calls.push(args === null ? { id: block.id, name: block.name, arguments: null, raw: JSON.stringify(input) } : { id: block.id, name: block.name, arguments: args })
    }
  }
  return reply(text, calls, STOP[m.stop_reason ?? ''] ?? 'end', m.usage.input_tokens, m.usage.output_tokens, thinking)
}

export function messagesProtocol(client: Anthropic, model: string): Protocol {
  return {
    api: 'messages',
    async call(request, settings, { signal, headers, stream }) {
      const b = body(request, settings, model)
      const message = stream ? await client.messages.stream(b, { signal, headers }).finalMessage() : await client.messages.create(b, { signal, headers })
      return normalise(message)
    }
  }
}
