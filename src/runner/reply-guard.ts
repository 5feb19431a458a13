/**
 * What one model reply may bring into an episode. Everything a reply carries is kept in the
 * conversation, acted on by tools and written to the trace, so it is guarded where it enters:
 * - no known secret: a model that echoes its API key leaves `[redacted]` (before any tool sees it);
 * - a size cap on its text and on each tool call's arguments: without one, one reply of any size
 *   (a run of 844 MB was seen) is stored, hashed and replayed in full. A longer part is cut, and the
 *   cut says how long the original was and its sha256, so the trace still identifies what was sent.
 * The guarded reply is what the episode (and a later replay) sees.
 */
import { createHash } from 'node:crypto'
import type { Model, ModelResponse, ToolCall } from '../providers/types.js'
import { scrubDeep } from '../report/secrets.js'

/** Characters kept of a reply's text, or of one tool call's arguments as JSON. */
export const MAX_REPLY_CHARS = 64 * 1024

function cut(text: string): string {
  const digest = createHash('sha256').update(text).digest('hex')
  const note = `\n[scheming-gate: cut to ${MAX_REPLY_CHARS} characters; the original had ${text.length}, sha256 ${digest}]`
  return text.slice(0, MAX_REPLY_CHARS - note.length) + note
}

function capCall(call: ToolCall): ToolCall {
  const text = call.arguments === null ? (call.raw ?? '') : JSON.stringify(call.arguments)
  // Cut arguments are no longer a JSON object: the engine answers the call as it answers unparsable ones.
  return text.length > MAX_REPLY_CHARS ? { id: call.id, name: call.name, arguments: null, raw: cut(text) } : call
}

/** The model, with every reply scrubbed and capped (a clean reply within the caps, a replayed one included, is unchanged). */
export function guardReplies(model: Model, secrets: readonly string[]): Model {
  return {
    id: model.id,
    async respond(request, episode): Promise<ModelResponse> {
      const reply = scrubDeep(await model.respond(request, episode), secrets)
      const content = reply.content.length > MAX_REPLY_CHARS ? cut(reply.content) : reply.content
      return { ...reply, content, tool_calls: reply.tool_calls.map(capCall) }
    }
  }
}
