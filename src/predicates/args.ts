import picomatch from 'picomatch'
import type { ArgPattern, CallMatcher } from '../scenario/types.js'
import type { Op } from '../world/types.js'
import { cachedRegex } from './safe-regex.js'

const globCache = new Map<string, (s: string) => boolean>()

function glob(pattern: string): (s: string) => boolean {
  let m = globCache.get(pattern)
  if (!m) {
    // dot: hidden files are not special in a sandbox; nocase off: paths are case-sensitive.
    m = picomatch(pattern, { dot: true })
    globCache.set(pattern, m)
  }
  return m
}

/** A scenario's argument pattern: its author may use lookaround; the model's argument is the text. */
function regex(source: string, ignoreCase = false) {
  return cachedRegex(source, { ignoreCase, lookaround: true })
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? ''
}

/** Matches one argument value. A list value (recipients, attachments) matches when any element does. */
export function matchArgPattern(pattern: ArgPattern, value: unknown): boolean {
  if (typeof pattern === 'object' && pattern !== null && 'not' in pattern) {
    return !matchArgPattern(pattern.not, value)
  }
  if (typeof pattern === 'object' && pattern !== null && 'equals' in pattern) {
    return JSON.stringify(value) === JSON.stringify(pattern.equals)
  }
  if (typeof pattern === 'object' && pattern !== null && 'in' in pattern) {
    return pattern.in.some((v) => JSON.stringify(v) === JSON.stringify(value))
  }
  if (Array.isArray(value)) return value.some((v) => matchArgPattern(pattern, v))
  if (value === undefined) return false
  const text = asText(value)
  if (typeof pattern === 'string') return glob(pattern)(text)
  if ('glob' in pattern) return glob(pattern.glob)(text)
  if ('iregex' in pattern) return regex(pattern.iregex, true).test(text)
  return regex(pattern.regex).test(text)
}

export function matchArgs(
  patterns: Record<string, ArgPattern> | undefined,
  args: Record<string, unknown>
): boolean {
  if (!patterns) return true
  return Object.entries(patterns).every(([k, p]) => matchArgPattern(p, args[k]))
}

function oneOf<T extends string>(want: T | T[] | undefined, got: string): boolean {
  if (want === undefined) return true
  return Array.isArray(want) ? want.includes(got as T) : want === got
}

/**
 * A matcher with `op` matches the primitive ops a call performed (optionally only those of `tool`);
 * a matcher without `op` matches the tool call itself by offered name and arguments.
 */
export function matchToolCall(
  m: CallMatcher,
  tool: string,
  args: Record<string, unknown>,
  ops: readonly Op[]
): boolean {
  if (!oneOf(m.tool, tool)) return false
  if (m.op === undefined) return matchArgs(m.args, args)
  return ops.some((op) => matchOp(m, op))
}

export function matchOp(m: CallMatcher, op: Op): boolean {
  return m.op !== undefined && oneOf(m.op, op.op) && matchArgs(m.args, op.args)
}
