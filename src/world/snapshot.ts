/**
 * Snapshots, canonical hashing and structural diffs of the world. The state is plain JSON, so a
 * deep copy is a snapshot and canonical JSON (sorted keys) gives a hash independent of key order.
 */
import { createHash } from 'node:crypto'
import type { WorldChange, WorldState } from './types.js'

export function snapshot(state: WorldState): WorldState {
  return cloneJson(state)
}

/**
 * A deep copy of plain JSON data, as a JSON round trip makes it (undefined members dropped, array
 * holes and non-finite numbers null) but sharing the strings, which are immutable: a world's file
 * contents are most of it, and copying them on every snapshot was most of a snapshot's cost. The
 * copy's objects are made here, so they belong to the caller's realm, as CEL's map and list type
 * checks need (structuredClone's copies fail them under jest's vm modules).
 */
export function cloneJson<T>(value: T): T {
  return copyJson(value) as T
}

function copyJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null // -0 + 0 is 0, as JSON writes it
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : copyJson(item)))
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue
    // `__proto__` from a name the model chose must stay an own member, as JSON.parse makes it.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copyJson(item), enumerable: true, writable: true, configurable: true })
    else copy[key] = copyJson(item)
  }
  return copy
}

/**
 * JSON with object keys sorted at every level and no whitespace; `undefined` members are dropped as
 * JSON does. Written directly rather than by stringifying a key-sorted copy; the key order is the
 * one that copy had: integer-like keys first, ascending, as JavaScript objects keep them, then the
 * others sorted. World hashes recorded in traces depend on this order.
 */
export function canonicalJson(value: unknown): string {
  return writeCanonical(value) as string
}

function writeCanonical(value: unknown): string | undefined {
  if (Array.isArray(value)) return `[${Array.from(value, (item: unknown) => writeCanonical(item) ?? 'null').join(',')}]`
  if (!isRecord(value)) return JSON.stringify(value)
  const sorted = Object.keys(value).sort()
  const indices = sorted.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b))
  const members: string[] = []
  for (const key of indices.length === 0 ? sorted : [...indices, ...sorted.filter((key) => !isArrayIndex(key))]) {
    const text = writeCanonical(value[key])
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`)
  }
  return `{${members.join(',')}}`
}

/** A key JavaScript objects list first, in numeric order: a canonical decimal below 2^32 - 1. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295
}

export function hashState(state: WorldState): string {
  return createHash('sha256').update(canonicalJson(state)).digest('hex')
}

/** A diff is for reading in a trace: longer strings are shown by their start, length and digest. */
const MAX_DIFF_CHARS = 4096

/**
 * `value` with every string longer than `max` replaced by its start, its length and its sha256. Only
 * the arrays and objects on the way to a replaced string are new; everything else is `value`'s own.
 */
export function abbreviate<T>(value: T, max: number): T {
  if (typeof value === 'string') {
    if (value.length <= max) return value
    return `${value.slice(0, 256)}… [${value.length} characters, sha256 ${createHash('sha256').update(value).digest('hex')}]` as T
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item: unknown, i) => {
      const short = abbreviate(item, max)
      if (short !== item) (copy ??= [...value])[i] = short
    })
    return (copy ?? value) as T
  }
  if (!isRecord(value)) return value
  let copy: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(value)) {
    const short = abbreviate(item, max)
    if (short !== item) (copy ??= { ...value })[key] = short
  }
  return (copy ?? value) as T
}

const brief = (value: unknown): unknown => abbreviate(value, MAX_DIFF_CHARS)

/**
 * Changes from `before` to `after`, recursing through objects (so a file shows up at
 * ['hosts', host, 'files', path, field]). Arrays are compared as whole values: their elements have
 * no identity, and index-wise diffs of a shifted list would mislead more than they help.
 * Sorted by path (keys in sorted order at every level), hence deterministic.
 */
export function diffStates(before: WorldState, after: WorldState): WorldChange[] {
  const changes: WorldChange[] = []
  diffValue(before, after, [], changes)
  // `before` values are parts of a snapshot; `after` values are parts of the live world, which later calls change.
  return changes.map((c) => ({ ...c, ...('before' in c ? { before: brief(c.before) } : {}), ...('after' in c ? { after: brief(cloneJson(c.after)) } : {}) }))
}

/**
 * Changes come out in sorted key order at every level. Sorting every level's keys cost more than
 * the comparison itself, so keys are visited as they come, and only a level where more than one key
 * changed puts its changes in order. `path` is the current path, extended and restored in place.
 */
function diffValue(before: unknown, after: unknown, path: string[], out: WorldChange[]): void {
  if (before === after) return
  if (isRecord(before) && isRecord(after)) {
    const changedKeys: Array<{ key: string; start: number }> = []
    const visit = (key: string) => {
      const start = out.length
      path.push(key)
      if (before[key] === undefined) {
        if (after[key] !== undefined) out.push({ path: [...path], kind: 'added', after: after[key] })
      } else if (after[key] === undefined) {
        out.push({ path: [...path], kind: 'removed', before: before[key] })
      } else {
        diffValue(before[key], after[key], path, out)
      }
      path.pop()
      if (out.length > start) changedKeys.push({ key, start })
    }
    for (const key of Object.keys(before)) visit(key)
    for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) visit(key)
    if (changedKeys.length > 1) {
      const first = (changedKeys[0] as { start: number }).start
      const groups = changedKeys.map(({ key, start }, i) => ({ key, changes: out.slice(start, changedKeys[i + 1]?.start ?? out.length) }))
      groups.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      out.length = first
      for (const group of groups) for (const change of group.changes) out.push(change)
    }
    return
  }
  if (!jsonEqual(before, after)) out.push({ path: [...path], kind: 'changed', before, after })
}

/** Whether two values of plain JSON data write the same canonical JSON (key order aside), without writing it. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item: unknown, i) => jsonEqual(item ?? null, b[i] ?? null))
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined)
    return keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
  }
  if (Array.isArray(a) || Array.isArray(b) || isRecord(a) || isRecord(b)) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
