/**
 * The identity of a model request, for the record/replay cache: sha256 of a canonical JSON of
 * everything that decides the reply — model id, decoding settings, offered tools, conversation.
 * Keys are sorted, so two requests that differ only in how an object was built hash the same.
 */
import { createHash, type Hash } from 'node:crypto'
import type { ToolSpec } from '../tools/types.js'
import type { DecodingSettings, Message } from './types.js'

/**
 * Canonical texts of offered tools and of their parameter schemas, which nothing changes once a tool
 * is offered: every turn offers them again, and a schema is usually shared by every episode.
 */
const toolTexts = new WeakMap<object, string>()

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const known = toolTexts.get(value)
    if (known !== undefined) return known
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

/**
 * The running hash of `{"messages":[m1,m2,…` for one conversation array, and the messages fed to
 * it (kept to notice an array that was changed other than by appending).
 */
interface MessagesPrefix {
  hash: Hash
  fed: Message[]
}

/**
 * A conversation only grows, and every turn's request repeats all of it: canonicalising it whole
 * each turn costs the square of its length. The canonical text starts with the messages ("messages"
 * sorts before every other key), so each conversation keeps the running hash of its messages so far;
 * a turn feeds only the new ones and finishes a copy with the rest of the request. Weakly keyed, so
 * a conversation's prefix goes when the conversation does.
 */
const prefixes = new WeakMap<readonly Message[], MessagesPrefix>()

function messagesPrefix(messages: readonly Message[]): MessagesPrefix {
  let prefix = prefixes.get(messages)
  if (prefix === undefined || prefix.fed.length > messages.length || prefix.fed.some((m, i) => m !== messages[i])) {
    prefix = { hash: createHash('sha256').update('{"messages":['), fed: [] }
    prefixes.set(messages, prefix)
  }
  for (let i = prefix.fed.length; i < messages.length; i++) {
    const message = messages[i] as Message
    prefix.hash.update(i === 0 ? canonical(message) : `,${canonical(message)}`)
    prefix.fed.push(message)
  }
  return prefix
}

/** sha256 of the request's canonical JSON. */
export function requestHash(request: RequestIdentity): string {
  const { messages, ...rest } = request
  for (const tool of rest.tools) {
    if (toolTexts.has(tool)) continue
    if (!toolTexts.has(tool.parameters)) toolTexts.set(tool.parameters, canonical(tool.parameters))
    toolTexts.set(tool, canonical(tool))
  }
  // `{"model":…}` with its opening brace replaced: the members that follow "messages".
  const after = canonical(rest).slice(1)
  return messagesPrefix(messages).hash.copy().update(`],${after}`).digest('hex')
}
