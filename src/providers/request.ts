/**
 * The identity of a model request, for the record/replay cache: sha256 of a canonical JSON of
 * everything that decides the reply — model id, decoding settings, offered tools, conversation.
 * Keys are sorted, so two requests that differ only in how an object was built hash the same.
 */
import { createHash } from 'node:crypto'
import type { ToolSpec } from '../tools/types.js'
import type { DecodingSettings, Message } from './types.js'

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export interface RequestIdentity {
  model: string
  /** The settings the request was sent with; null for models that take none (scripted agents). */
  settings: DecodingSettings | null
  tools: readonly ToolSpec[]
  /** The tool the model was made to call, if any (absent from ordinary turns, so their hashes are unchanged). */
  tool_choice?: string
  messages: readonly Message[]
}

export function requestHash(request: RequestIdentity): string {
  return createHash('sha256').update(canonical(request)).digest('hex')
}
