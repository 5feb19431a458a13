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
export function diffStates(before: WorldState, after: WorldState): WorldChange[] {
  const changes: WorldChange[] = []
  diffValue(before, after, [], changes)
  return changes
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
