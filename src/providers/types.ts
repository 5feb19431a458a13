/**
 * The one interface every model sits behind: scripted reference agents now, real providers later.
 * Messages are provider-neutral; adapters translate them to each wire protocol.
 */
import type { ToolSpec } from '../tools/types.js'
import type { EpisodeSpec } from '../scenario/plan.js'
import { didYouMean } from '../config/diagnostics.js'
import { UserError } from '../errors.js'

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
  /** Set when the model cannot serve this run at all (unreachable, bad key, unknown model): the run stops with it. */
  readonly unavailable?: Error
}

export const PROVIDERS = ['scripted', 'openai', 'anthropic', 'openai-compatible'] as const

/** A model id the gate cannot use: malformed, an unknown provider or agent, a missing key. */
export class UnknownModelError extends UserError {}

/** The provider a bare model name most likely belongs to, for a did-you-mean. */
function providerFor(name: string): string {
  if (/^(gpt-|o\d|chatgpt-|codex-)/i.test(name)) return 'openai'
  if (/^claude/i.test(name)) return 'anthropic'
  if (name === 'compliant' || name === 'unsafe') return 'scripted'
  return 'openai-compatible'
}

/** `provider:model`, split on the first colon only (`openai-compatible:llama3.1:8b`), for a provider this gate has. */
export function parseModelId(id: string): { provider: string; model: string } {
  const i = id.indexOf(':')
  const form = `model ids are provider:model with a provider of ${PROVIDERS.join(', ')}`
  if (i === -1 && id !== '') throw new UnknownModelError(`model id \`${id}\` has no provider (did you mean \`${providerFor(id)}:${id}\`?): ${form}`)
  if (i <= 0 || i === id.length - 1) throw new UnknownModelError(`model id \`${id}\` is not of the form provider:model: ${form}`)
  const provider = id.slice(0, i)
  const model = id.slice(i + 1)
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    // `llama3.1:8b` (an Ollama tag without a provider) reads as provider `llama3.1`.
    const hint = didYouMean(provider, PROVIDERS) || ` (did you mean \`openai-compatible:${id}\` with --base-url?)`
    throw new UnknownModelError(`unknown provider \`${provider}\` in model id \`${id}\`${hint}: ${form}`)
  }
  return { provider, model }
}
