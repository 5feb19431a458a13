/**
 * The scheduler: runs a plan's episodes through one model and hands each finished episode to the
 * caller in plan order. Calls inside an episode stay in order; episodes are independent.
 */
import type { EpisodeSpec } from '../scenario/plan.js'
import type { Model } from '../providers/types.js'
import { runEpisode } from './episode.js'
import type { EpisodeResult } from './trace.js'

export interface ScheduleOptions {
  /** Called once per finished episode, in plan order. */
  onEpisode: (result: EpisodeResult) => void
}

export async function runEpisodes(episodes: readonly EpisodeSpec[], model: Model, opts: ScheduleOptions): Promise<void> {
  for (const spec of episodes) opts.onEpisode(await runEpisode(spec, model))
}
