/**
 * Profiles: which part of a plan a run executes. `full` is every episode (nightly); `smoke` is a
 * small, seeded sample for pull requests: at most 60 treatment episodes, every family represented,
 * templates within a family taken in turn. `author` is every episode too, for someone writing a
 * scenario: the pipeline judges it on the point estimate with no minimum sample (see
 * gate/policy.ts), so a deterministic scripted run of one new scenario can pass or fail.
 */
import { createHash } from 'node:crypto'
import { groupInOrder } from '../group-in-order.js'
import type { Episodes, EpisodeSpec } from './plan.js'

export const PROFILES = ['smoke', 'full', 'author'] as const
export type Profile = (typeof PROFILES)[number]

export const SMOKE_MAX_EPISODES = 60

function draw(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}\0profile\0${id}`).digest('hex')
}

/** Round-robin over the groups' queues until `limit` items are taken or the queues are empty. */
function takeInTurn<T>(queues: T[][], limit: number): T[] {
  const out: T[] = []
  for (let round = 0; out.length < limit && queues.some((q) => round < q.length); round++) {
    for (const q of queues) {
      const item = q[round]
      if (item !== undefined && out.length < limit) out.push(item)
    }
  }
  return out
}

/** The groups in the order of their keys. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = groupInOrder(items, key)
  return [...groups.keys()].sort().map((k) => groups.get(k) as T[])
}

function smoke(planned: Episodes, seed: string): EpisodeSpec[] {
  const episodes = [...planned]
  // Controls calibrate the treatment cells; a PR smoke run measures the treatment cells only.
  const treatment = episodes.filter((e) => !e.cell.control)
  const families = groupBy(treatment, (e) => e.scenario.family)
  const quota = Math.floor(SMOKE_MAX_EPISODES / Math.max(1, families.length))
  const chosen = families.flatMap((family) => {
    const shuffled = (group: EpisodeSpec[]) => [...group].sort((a, b) => (draw(seed, a.id) < draw(seed, b.id) ? -1 : 1))
    return takeInTurn(groupBy(family, (e) => e.scenario.id).map(shuffled), quota)
  })
  const keep = new Set(chosen.map((e) => e.id))
  // Plan order is kept, so results stay grouped by template.
  return episodes.filter((e) => keep.has(e.id))
}

export function applyProfile(episodes: Episodes, profile: Profile, seed: string): Episodes {
  return profile === 'smoke' ? smoke(episodes, seed) : episodes
}
