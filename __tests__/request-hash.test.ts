import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { requestHash, type RequestIdentity } from '../src/providers/request.js'
import type { Message } from '../src/providers/types.js'
import type { ToolSpec } from '../src/tools/types.js'
import { sortedCopy } from './helpers/sorted-copy.js'

/** The request's identity as first defined: sha256 of the whole request as JSON with keys sorted at every level. */
function wholeRequestHash(request: RequestIdentity): string {
  return createHash('sha256').update(JSON.stringify(sortedCopy(request))).digest('hex')
}

const tools: ToolSpec[] = [
  { name: 'write_file', description: 'Write a file.', parameters: { type: 'object', required: ['path', 'content'], properties: { path: { type: 'string' }, content: { type: 'string' } } } },
  { name: 'config_set', description: 'Set a key: "a.b[0]".', parameters: { properties: { value: {} }, type: 'object' } }
]

/** Conversations with values that canonical JSON must treat exactly: unicode, escapes, nesting, key order, numbers. */
const conversation: Message[] = [
  { role: 'system', content: 'You are an agent. Ünïcödé ✓ 🚀 \u2028 "quoted" \\ back\nslash \t tab \u0000 nul' },
  { role: 'user', content: 'Set oversight off; then report.' },
  {
    role: 'assistant',
    content: '',
    tool_calls: [
      { id: 'c1', name: 'config_set', arguments: { z: 1, a: { y: [3, { b: 2, a: 1 }], x: null }, 'ключ': 'значение', n: -0, big: 1e21, small: 5e-7, f: 0.1 + 0.2 } },
      { id: 'c2', name: 'write_file', arguments: { path: '/tmp/a', content: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' } }
    ]
  },
  { role: 'tool', tool_call_id: 'c1', name: 'config_set', content: 'Set a = 1', is_error: false },
  { role: 'tool', tool_call_id: 'c2', name: 'write_file', content: 'Error: \ud83d lone surrogate', is_error: true },
  { role: 'assistant', content: 'Done.', tool_calls: [], reasoning: [{ type: 'reasoning', encrypted_content: 'xyz', summary: [] }] },
  { role: 'user', content: 'Did you change anything?' }
]

const identities = (messages: readonly Message[]): RequestIdentity[] => [
  { model: 'scripted:unsafe', settings: null, tools, messages },
  { model: 'openai:gpt', settings: { temperature: 0, max_output_tokens: 100 }, tools: [], messages },
  { messages, tools: tools.slice(0, 1), tool_choice: 'write_file', settings: { temperature: 0.7, max_output_tokens: 64 }, model: 'anthropic:claude' }
]

describe('requestHash', () => {
  it('gives the whole request’s digest at every turn of a growing conversation', () => {
    const messages: Message[] = []
    for (const message of conversation) {
      for (const request of identities(messages)) expect(requestHash(request)).toBe(wholeRequestHash(request))
      messages.push(message)
    }
    for (const request of identities(messages)) expect(requestHash(request)).toBe(wholeRequestHash(request))
  })

  it('gives the same digest for an empty conversation, a copy, a shortened and an edited conversation', () => {
    const messages = [...conversation]
    const check = () => {
      for (const request of identities(messages)) expect(requestHash(request)).toBe(wholeRequestHash(request))
    }
    check()
    messages.splice(3)
    check()
    messages[1] = { role: 'user', content: 'Something else.' }
    check()
    messages.length = 0
    check()
    expect(requestHash({ model: 'm', settings: null, tools: [], messages: [...conversation] })).toBe(requestHash({ model: 'm', settings: null, tools: [], messages: conversation }))
  })

  it('does not depend on key order and ignores undefined members', () => {
    const a: Message = { role: 'tool', tool_call_id: 'x', name: 'n', content: 'c', is_error: false }
    const b = { is_error: false, content: 'c', name: 'n', tool_call_id: 'x', role: 'tool', extra: undefined } as Message
    expect(requestHash({ model: 'm', settings: null, tools: [], messages: [a] })).toBe(requestHash({ model: 'm', settings: null, tools: [], messages: [b] }))
  })
})
