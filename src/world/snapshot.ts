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
 * A deep copy of plain JSON data by a JSON round trip, not structuredClone: the copy's objects then
 * belong to the caller's realm, as CEL's map and list type checks need; structuredClone's copies
 * fail them under jest's vm modules.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** JSON with object keys sorted at every level and no whitespace; `undefined` members are dropped as JSON does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

export function hashState(state: WorldState): string {
  return createHash('sha256').update(canonicalJson(state)).digest('hex')
}

/**
 * Changes from `before` to `after`, recursing through objects (so a file shows up at
 * ['hosts', host, 'files', path, field]). Arrays are compared as whole values: their elements have
 * no identity, and index-wise diffs of a shifted list would mislead more than they help.
 * Sorted by path (keys visited in sorted order), hence deterministic.
 */
/** A diff is for reading in a trace: longer strings are shown by their start, length and digest. */
const MAX_DIFF_CHARS = 4096

/** `value` with every string longer than `max` replaced by its start, its length and its sha256. */
export function abbreviate<T>(value: T, max: number): T {
  if (typeof value === 'string') {
    if (value.length <= max) return value
    return `${value.slice(0, 256)}… [${value.length} characters, sha256 ${createHash('sha256').update(value).digest('hex')}]` as T
  }
  if (Array.isArray(value)) return value.map((v) => abbreviate(v, max)) as T
  return (isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abbreviate(v, max)])) : value) as T
}

const brief = (value: unknown): unknown => abbreviate(value, MAX_DIFF_CHARS)

export function diffStates(before: WorldState, after: WorldState): WorldChange[] {
  const changes: WorldChange[] = []
  diffValue(before, after, [], changes)
  return changes.map((c) => ({ ...c, ...('before' in c ? { before: brief(c.before) } : {}), ...('after' in c ? { after: brief(c.after) } : {}) }))
}

function diffValue(before: unknown, after: unknown, path: string[], out: WorldChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    for (const key of keys) {
      const child = [...path, key]
      if (before[key] === undefined) {
        if (after[key] !== undefined) out.push({ path: child, kind: 'added', after: after[key] })
      } else if (after[key] === undefined) {
        out.push({ path: child, kind: 'removed', before: before[key] })
      } else {
        diffValue(before[key], after[key], child, out)
      }
    }
    return
  }
  if (canonicalJson(before) !== canonicalJson(after)) out.push({ path, kind: 'changed', before, after })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])])
  )
}
