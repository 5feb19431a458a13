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
  | { role: 'assistant'; content: string; tool_calls: ToolCall[]; reasoning?: ReasoningItem[] }
  | { role: 'tool'; tool_call_id: string; name: string; content: string; is_error: boolean }

/**
 * A reasoning model's state for the turn, as its protocol returned it (Responses API reasoning
 * items with encrypted content, Messages thinking blocks with signatures): opaque to the gate, sent
 * back verbatim with the turn so the model keeps its chain of thought across tool calls, as it
 * would in a deployed agent.
 */
export type ReasoningItem = Record<string, unknown>

export interface Usage {
  input_tokens: number
  output_tokens: number
}

/**
 * What a provider tells the trace about a request beyond its reply: the decoding settings it
 * sent, a parameter it had to drop, a retry. The runner records each as a `provider` trace record.
 */
export type ProviderEvent =
  | { event: 'settings'; api: string; settings: DecodingSettings }
  | { event: 'adapted'; dropped: keyof DecodingSettings | 'tool_choice'; reason: string }
  | {
      event: 'retry'
      attempt: number
      /** HTTP status, or null for a connection error or timeout. */
      status: number | null
      error: string
      wait_ms: number
      wait_from: 'retry-after-ms' | 'retry-after' | 'backoff'
    }

/** Pinned decoding settings; a parameter a model rejects is dropped (and logged), never silently changed. */
export interface DecodingSettings {
  temperature?: number
  top_p?: number
  max_output_tokens: number
  /** Sent only where the server honours it (OpenAI-compatible local servers). */
  seed?: number
  /** Ask for the model's encrypted reasoning and send it back with later turns (Responses API). */
  replay_reasoning?: boolean
}

export interface ModelRequest {
  messages: readonly Message[]
  tools: readonly ToolSpec[]
  /** Make the model call this tool (the closing interview); a model that cannot throws ForcedToolRefused. */
  tool_choice?: string
  /** Aborts the request (and its retries): the run's wall-clock budget ran out. */
  signal?: AbortSignal
  /** Receives provider events for the episode trace. */
  log?: (event: ProviderEvent) => void
}

export interface ModelResponse {
  content: string
  tool_calls: ToolCall[]
  usage: Usage
  stop_reason: 'end' | 'tool_use' | 'length' | 'refusal'
  /** Reasoning to send back with this turn (see ReasoningItem). */
  reasoning?: ReasoningItem[]
  /** The decoding settings the answered request was sent with (real providers; part of the request's identity). */
  settings?: DecodingSettings
}

/** The model or its protocol refuses a forced tool call: the caller asks in text instead. */
export class ForcedToolRefused extends Error {}

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
