/**
 * The one interface every model sits behind: scripted reference agents now, real providers later.
 * Messages are provider-neutral; adapters translate them to each wire protocol.
 */
import type { ToolSpec } from '../tools/types.js'
import type { EpisodeSpec } from '../scenario/plan.js'

export interface ToolCall {
  id: string
  name: string
  /** Parsed arguments, or null when the model sent text that is not a JSON object. */
  arguments: Record<string, unknown> | null
  /** The raw argument text when it could not be parsed. */
  raw?: string
}

export type Message =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; tool_calls: ToolCall[] }
  | { role: 'tool'; tool_call_id: string; name: string; content: string; is_error: boolean }

export interface Usage {
  input_tokens: number
  output_tokens: number
}

export interface ModelRequest {
  messages: readonly Message[]
  tools: readonly ToolSpec[]
}

export interface ModelResponse {
  content: string
  tool_calls: ToolCall[]
  usage: Usage
  stop_reason: 'end' | 'tool_use' | 'length' | 'refusal'
}

export interface Model {
  readonly id: string
  respond(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse>
}

/** `provider:model`, split on the first colon only (`ollama:llama3.1:8b`). */
export function parseModelId(id: string): { provider: string; model: string } {
  const i = id.indexOf(':')
  if (i <= 0 || i === id.length - 1) {
    throw new Error(`model id \`${id}\` is not of the form provider:model`)
  }
  return { provider: id.slice(0, i), model: id.slice(i + 1) }
}
