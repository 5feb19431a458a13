/**
 * Sharding: which part of a plan one process of a matrix runs. An episode's shard depends only on
 * its id (stable across runs, machines and shard processes), never on its position, so every shard
 * process computes the same split of the same plan without talking to the others.
 */
import { createHash } from 'node:crypto'
import type { Episodes, EpisodeSpec } from './plan.js'
import { UserError } from '../errors.js'

/** Shard `index` of `count`, 1-based as in `--shard 2/3`. */
export interface Shard {
  index: number
  count: number
}

/** An episode a shard owns, with its position in the whole plan (the merge restores plan order). */
export interface OwnedEpisode {
  episode: string
  position: number
}

/** A malformed `k/n`, or sharding a run that must stay in one process. */
export class ShardError extends UserError {}

export function formatShard(s: Shard): string {
  return `${s.index}/${s.count}`
}

export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ShardError(`shard must be k/n with 1 <= k <= n (e.g. 2/3), got \`${text}\``)
  }
  return { index, count }
}

/** The 1-based shard an episode id belongs to among `count`. */
export function shardOf(episodeId: string, count: number): number {
  // 48 bits of the digest: exact as a JS number, and uniform enough for any realistic count.
  const draw = Number.parseInt(createHash('sha256').update(episodeId).digest('hex').slice(0, 12), 16)
  return (draw % count) + 1
}

/** The episodes of `plan` that `shard` runs, in plan order, and where each sits in the plan. */
export function takeShard(plan: Episodes, shard: Shard): { episodes: EpisodeSpec[]; owned: OwnedEpisode[] } {
  const episodes: EpisodeSpec[] = []
  const owned: OwnedEpisode[] = []
  let position = 0
  for (const e of plan) {
    if (shardOf(e.id, shard.count) === shard.index) {
      episodes.push(e)
      owned.push({ episode: e.id, position })
    }
    position++
  }
  return { episodes, owned }
}
