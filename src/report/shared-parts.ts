/**
 * rescore holds every recorded episode's record while it judges them again (a run's records wait on
 * disk instead: json-lines.ts). Most of a record repeats across episodes (flags, exposure, factor
 * levels, usage, the interview, the secondary and language summaries take a few hundred distinct
 * values over thousands of episodes), so each distinct value is held once and shared, and a record
 * costs a few hundred bytes instead of kilobytes. A record serialises exactly as before (a shared
 * value is a JSON copy of the first one seen); the shared values are frozen, so nothing downstream
 * can change one episode's value through another.
 */
import type { EpisodeRecord } from './results.js'

/** The parts of a record that repeat across episodes. */
const SHARED = ['levels', 'flags', 'exposed', 'findings', 'secondary', 'language', 'interview', 'usage'] as const

/** A value longer than this as JSON (a quoted citation, say) is rarely repeated: kept as it is, so its key does not double it. */
const MAX_KEY_CHARS = 1024
/** Distinct values held at most; beyond it new values are kept per record, so the table cannot grow with the run. */
const MAX_VALUES = 50_000

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Returns a function that gives each record's repeated parts (or the `parts` named) as one shared (frozen) value per distinct content. */
export function recordSharer(): <R extends EpisodeRecord>(record: R, parts?: ReadonlyArray<(typeof SHARED)[number]>) => R {
  const values = new Map<string, unknown>()
  const share = (value: unknown): unknown => {
    if (value === undefined || value === null || typeof value !== 'object') return value
    const key = JSON.stringify(value)
    const held = values.get(key)
    if (held !== undefined) return held
    if (key.length > MAX_KEY_CHARS || values.size >= MAX_VALUES) return value
    // A copy of its own: the episode's value may be referenced elsewhere (a cell's levels) and must stay unfrozen there.
    const copy = deepFreeze(JSON.parse(key) as unknown)
    values.set(key, copy)
    return copy
  }
  return (record, parts = SHARED) => {
    for (const part of parts) {
      if (part in record) (record as Record<string, unknown>)[part] = share(record[part])
    }
    return record
  }
}
