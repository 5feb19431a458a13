/**
 * The replay model: answers from a recorded run instead of a provider. Each recorded reply is
 * keyed by its episode (which includes the trial) and the hash of the request it answered; the
 * engine's request must hash the same for the reply to be given back. A request with no recording
 * means the scenario, the tools or the engine changed since the recording, so replaying it would
 * not be honest: the replay fails closed and keeps the reason in `misses`, which the caller checks
 * (the runner turns a thrown error into an errored episode, which must not pass for a result).
 */
import type { EpisodeSpec } from '../scenario/plan.js'
import { requestHash } from './request.js'
import { ForcedToolRefused, type Model, type ModelRequest, type ModelResponse } from './types.js'

export interface RecordedReply {
  /** The request hash from the trace's `model` record. */
  request: string
  /** The reply as recorded, with the decoding settings its request was sent with. */
  reply: ModelResponse
}

export interface RecordedEpisode {
  replies: RecordedReply[]
  /** The model refused a forced tool call in this episode (the interview was then asked in text). */
  toolChoiceRefused?: string
  /** The error the episode ended with, if any: replayed for the request after the last reply. */
  error?: string
}

export class ReplayMiss extends Error {}

export class ReplayModel implements Model {
  readonly misses: string[] = []

  constructor(
    readonly id: string,
    /** The recorded episodes by id; a lookup that throws (a trace that cannot be replayed) is a miss. */
    private readonly episodes: { get(id: string): RecordedEpisode | undefined },
    /** The recorded run's manifest digest, for the new manifest's provenance. */
    readonly source: string
  ) {}

  async respond(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse> {
    let recorded: RecordedEpisode | undefined
    try {
      recorded = this.episodes.get(episode.id)
    } catch (e) {
      throw this.miss(e instanceof Error ? e.message : String(e))
    }
    if (!recorded) throw this.miss(`episode ${episode.id} is not in the recorded run`)
    // A run's settings are fixed per episode unless the model rejected a parameter mid-run, so an
    // episode has one or two candidate settings: the request must hash to a recording under one.
    const candidates = new Map(recorded.replies.map((r) => [JSON.stringify(r.reply.settings ?? null), r.reply.settings]))
    for (const settings of candidates.values()) {
      const hash = requestHash({ model: this.id, settings: settings ?? null, tools: request.tools, ...(request.tool_choice ? { tool_choice: request.tool_choice } : {}), messages: request.messages })
      const hit = recorded.replies.find((r) => r.request === hash)
      if (hit) return hit.reply
    }
    // The recorded model refused the forced interview call: refuse it again, so the text fallback replays.
    if (request.tool_choice !== undefined && recorded.toolChoiceRefused !== undefined) {
      request.log?.({ event: 'adapted', dropped: 'tool_choice', reason: recorded.toolChoiceRefused })
      throw new ForcedToolRefused(recorded.toolChoiceRefused)
    }
    const position = request.messages.filter((m) => m.role === 'assistant').length
    // Every earlier request matched its recording, so this is the request that failed when recorded.
    if (recorded.error !== undefined && position === recorded.replies.length) throw new Error(recorded.error)
    throw this.miss(`episode ${episode.id}, request ${position + 1}: no recorded reply for this request (the scenario, its tools or the engine changed since the run was recorded)`)
  }

  private miss(message: string): ReplayMiss {
    this.misses.push(message)
    return new ReplayMiss(message)
  }
}
