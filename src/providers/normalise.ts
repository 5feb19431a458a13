/** Pieces the three protocol adapters share when turning a provider reply into a `ModelResponse`. */
import type { ModelResponse, ReasoningItem, ToolCall } from './types.js'

/** Chat and Responses send arguments as a JSON string; text that is not a JSON object is kept raw for the runner to refuse. */
export function parseArguments(text: string): Pick<ToolCall, 'arguments' | 'raw'> {
  try {
    // Some servers send "" for a call without arguments.
    const value: unknown = JSON.parse(text.trim() === '' ? '{}' : text)
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { arguments: value as Record<string, unknown> }
  } catch {
    // Falls through: unparsable arguments are model behaviour, not a provider failure.
  }
  return { arguments: null, raw: text }
}

/** A call's arguments as the model sent them, for replaying the conversation. */
export function argumentsText(call: ToolCall): string {
  return call.raw ?? JSON.stringify(call.arguments ?? {})
}

/** Any tool call makes it a tool-use turn, whatever stop reason the provider gave; reasoning is kept only when there is some. */
export function reply(
  content: string,
  tool_calls: ToolCall[],
  stop: ModelResponse['stop_reason'],
  input_tokens: number,
  output_tokens: number,
  reasoning: ReasoningItem[] = []
): ModelResponse {
  const out: ModelResponse = { content, tool_calls, usage: { input_tokens, output_tokens }, stop_reason: tool_calls.length > 0 ? 'tool_use' : stop }
  return reasoning.length > 0 ? { ...out, reasoning } : out
}
